package io.github.m365health.demo;

import static io.github.m365health.health.Classification.ADVISORY;
import static io.github.m365health.health.Classification.INCIDENT;

import io.github.m365health.health.ServiceHealthStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * Issues on the other services: a Teams advisory that comes back under its own id, a SharePoint
 * advisory raised to an incident, an Intune advisory, and a little history that ended days ago.
 */
final class AdvisoryStories {

    static final String TEAMS_CHAT = "TM1271130";
    static final String SHAREPOINT_FILES = "SP1270890";
    static final String INTUNE_ENROLLMENT = "IT1271402";
    static final String SUITE_HISTORY = "MO1262214";
    static final String ONEDRIVE_HISTORY = "OD1265530";
    static final String POWER_BI_HISTORY = "PB1259902";

    private static final String TEAMS_TITLE = "Some users may see delays when loading chat history in Microsoft Teams";
    private static final String SHAREPOINT_INCIDENT_TITLE = "Users can't open files from SharePoint Online document libraries";

    private AdvisoryStories() {
    }

    static void teamsChatOngoing(WorldDraft w) {
        Instant start = w.origin().minus(Duration.ofHours(2));
        w.open(TEAMS_CHAT, DemoCatalog.TEAMS, "Teams Components", "Chat", ADVISORY, start)
                .title(TEAMS_TITLE)
                .impact("Users may see delays of up to a minute when loading chat history.")
                .asOf(start.plus(Duration.ofMinutes(20)))
                .post("Title: " + TEAMS_TITLE
                        + "\nCurrent status: We're rebalancing traffic away from the chat service infrastructure "
                        + "that is responding slowly.");
    }

    static void teamsChatRestored(WorldDraft w) {
        w.issue(TEAMS_CHAT).restored("Title: " + TEAMS_TITLE
                + "\nFinal status: Rebalancing traffic has restored normal chat history load times."
                + "\nThis is the final update for the event.");
    }

    static void teamsChatBack(WorldDraft w) {
        w.issue(TEAMS_CHAT).reopened("Title: " + TEAMS_TITLE
                + "\nCurrent status: We've received reports that the delays have returned for some users, so "
                + "we're reopening this event while we investigate further.");
    }

    static void teamsChatRestoredAgain(WorldDraft w) {
        w.issue(TEAMS_CHAT).restored("Title: " + TEAMS_TITLE
                + "\nFinal status: We've added capacity to the chat service infrastructure and confirmed that "
                + "load times are back to normal.\nThis is the final update for the event.");
    }

    static void sharePointFilesOngoing(WorldDraft w) {
        Instant start = w.origin().minus(Duration.ofMinutes(40));
        w.open(SHAREPOINT_FILES, DemoCatalog.SHAREPOINT, "SharePoint Features", "Document libraries", ADVISORY, start)
                .title("Some users may be unable to open some files from SharePoint Online document libraries")
                .impact("Users may receive an error when opening some files from document libraries.")
                .status(ServiceHealthStatus.INVESTIGATING)
                .post("Current status: We're investigating reports that some files can't be opened from "
                        + "document libraries.");
    }

    /** Microsoft raises an advisory to an incident under the same id. */
    static void sharePointFilesRaised(WorldDraft w) {
        w.issue(SHAREPOINT_FILES)
                .classification(INCIDENT)
                .status(ServiceHealthStatus.SERVICE_INTERRUPTION)
                .title(SHAREPOINT_INCIDENT_TITLE)
                .impact("Users can't open files from SharePoint Online document libraries.")
                .post("Title: " + SHAREPOINT_INCIDENT_TITLE
                        + "\nCurrent status: The impact is wider than first understood, so we've raised this "
                        + "event to an incident. We're rolling back a recent change to the file-rendering service.");
    }

    static void sharePointFilesRestored(WorldDraft w) {
        w.issue(SHAREPOINT_FILES).restored("Title: " + SHAREPOINT_INCIDENT_TITLE
                + "\nFinal status: The rollback is complete and files open normally again."
                + "\nThis is the final update for the event.");
    }

    static void intuneEnrollmentOpens(WorldDraft w) {
        w.open(INTUNE_ENROLLMENT, DemoCatalog.INTUNE, "Device enrollment", "Windows enrollment", ADVISORY, w.now())
                .title("Admins may see delays when enrolling new Windows devices in Microsoft Intune")
                .impact("New Windows devices may take up to an hour to appear as enrolled.")
                .post("Current status: We're reviewing enrollment service telemetry to find the source of the delays.");
    }

    static void intuneEnrollmentRestored(WorldDraft w) {
        w.issue(INTUNE_ENROLLMENT).restored("Final status: We've cleared a backlog in the enrollment queue and "
                + "enrollment times are back to normal.\nThis is the final update for the event.");
    }

    /** Issues that ended days before the first poll: what a first start imports as history. */
    static void history(WorldDraft w) {
        ended(w, SUITE_HISTORY, DemoCatalog.SUITE, "Portal", "Microsoft 365 app launcher", true,
                "Users may have been unable to open apps from the Microsoft 365 app launcher",
                Duration.ofDays(5).plusHours(3), Duration.ofMinutes(105));
        ended(w, ONEDRIVE_HISTORY, DemoCatalog.ONEDRIVE, "OneDrive for Business", "Sync", false,
                "Some users may have seen delays when syncing files with the OneDrive sync app",
                Duration.ofDays(2).plusHours(6), Duration.ofHours(4));
        ended(w, POWER_BI_HISTORY, DemoCatalog.POWER_BI, "Power BI Service", "Dataset refresh", false,
                "Some scheduled Power BI semantic model refreshes may have failed",
                Duration.ofDays(9), Duration.ofHours(4).plusMinutes(20));
    }

    private static void ended(WorldDraft w, String id, DemoService service, String group, String feature,
                              boolean incident, String title, Duration startedAgo, Duration lasted) {
        Instant start = w.origin().minus(startedAgo);
        w.open(id, service, group, feature, incident ? INCIDENT : ADVISORY, start)
                .title(title)
                .impact(title + ".")
                .asOf(start.plus(lasted))
                .restored("Title: " + title + "\nFinal status: Impact is remediated.\nThis is the final update for the event.");
    }
}

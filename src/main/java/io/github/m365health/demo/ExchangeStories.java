package io.github.m365health.demo;

import static io.github.m365health.health.Classification.INCIDENT;

import io.github.m365health.health.Issue;
import io.github.m365health.health.ServiceHealthStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * The two real Exchange Online stories of shared/seeds, rebased to the present: EX1215307, whose
 * start Microsoft moved back by six days when it ended, and EX1256020, resolved too early and
 * followed by EX1268771, whose posts name it.
 */
final class ExchangeStories {

    static final String IMAP = "EX1215307";
    static final String MAILBOX = "EX1256020";
    static final String MAILBOX_AGAIN = "EX1268771";

    /** End minus revised start of EX1215307, as published: 2026-01-02T00:00Z to 2026-01-08T11:30Z. */
    static final Duration IMAP_TRUE_LENGTH = Duration.ofDays(6).plusHours(11).plusMinutes(30);

    // EX1256020 began around 2026-03-17 14:00 and was called resolved on 2026-04-01 20:00.
    private static final Duration MAILBOX_AGE = Duration.ofDays(15).plusHours(6);

    private static final String IMAP_TITLE_NOW = "Some users may intermittently be unable to access their mailboxes "
            + "using Internet Mailbox Access Protocol 4 (IMAP4)";
    private static final String IMAP_TITLE_PAST = "Some users may have been unable to access their mailboxes "
            + "using Internet Mailbox Access Protocol 4 (IMAP4)";
    private static final String MAILBOX_TITLE = "Some users may be intermittently unable to access their Exchange "
            + "Online mailboxes in some connection methods";
    private static final String MAILBOX_AGAIN_TITLE = "Users may be intermittently unable to access their Exchange "
            + "Online mailboxes in some connection methods.";

    private ExchangeStories() {
    }

    static void imapFirstPosted(WorldDraft w) {
        w.open(IMAP, DemoCatalog.EXCHANGE, "E-Mail and calendar access", "IMAP4", INCIDENT, w.now())
                .title(IMAP_TITLE_NOW)
                .impact("Users may intermittently be unable to access their mailboxes using IMAP4.")
                .post("Title: " + IMAP_TITLE_NOW
                        + "\nUser impact: Users may intermittently be unable to access their mailboxes using IMAP4."
                        + "\nMore info: Impact is specific to IMAP4; other connection methods aren't affected. "
                        + "Retries may be successful."
                        + "\nCurrent status: We're reviewing service-side logs to understand why some IMAP4 "
                        + "connections fail intermittently."
                        + "\nNext update by: " + Wording.utc(w.now().plus(Duration.ofHours(2))));
    }

    static void imapFixDeploying(WorldDraft w) {
        w.issue(IMAP).post("Title: " + IMAP_TITLE_NOW
                + "\nCurrent status: A configuration fix has been validated and is being deployed to the "
                + "impacted environments."
                + "\nNext update by: " + Wording.utc(w.now().plus(Duration.ofHours(6))));
    }

    static void imapRestored(WorldDraft w) {
        Instant end = w.now();
        Instant start = end.minus(IMAP_TRUE_LENGTH);
        w.issue(IMAP)
                .startedAt(start)
                .title(IMAP_TITLE_PAST)
                .impact("Users may have intermittently been unable to access their mailboxes using IMAP4.")
                .restored("Title: " + IMAP_TITLE_PAST
                        + "\nFinal status: We've completed deploying the configuration change on the affected "
                        + "servers, which reduced volume and restored normal service functionality. After a period "
                        + "of monitoring, we've confirmed that impact has been fully remediated."
                        + "\nStart time: " + Wording.utc(start)
                        + "\nEnd time: " + Wording.utc(end)
                        + "\nRoot cause: A recent IMAP deployment related to authentication support contained a "
                        + "code conflict that introduced a configuration issue."
                        + "\nNext steps: We're reviewing our deployment and provisioning procedures to help prevent "
                        + "similar problems in the future."
                        + "\nThis is the final update for the event.");
    }

    /** Microsoft publishes its post-incident review: the status moves on, the document becomes available. */
    static void imapReviewPublished(WorldDraft w) {
        w.issue(IMAP).status(ServiceHealthStatus.POST_INCIDENT_REVIEW_PUBLISHED);
    }

    /** The review document the demo serves for an issue at postIncidentReviewPublished. */
    static String review(Issue issue) {
        return "Post-incident review: " + issue.id() + "\n\n"
                + issue.title() + "\n\n"
                + "Start time: " + Wording.utc(issue.start()) + "\n"
                + "End time: " + (issue.end() == null ? "ongoing" : Wording.utc(issue.end())) + "\n\n"
                + "Root cause: A recent IMAP deployment related to authentication support contained a code conflict "
                + "that introduced a configuration issue.\n\n"
                + "Actions: We've corrected the configuration and are reviewing our deployment and provisioning "
                + "procedures to help prevent similar problems in the future.\n";
    }

    static void mailboxOngoing(WorldDraft w) {
        Instant start = w.origin().minus(MAILBOX_AGE);
        w.open(MAILBOX, DemoCatalog.EXCHANGE, "Management and Provisioning", "Mailbox access", INCIDENT, start)
                .title(MAILBOX_TITLE)
                .impact("Users may be intermittently unable to access their Exchange Online mailboxes in some "
                        + "connection methods.")
                .asOf(start.plus(Duration.ofDays(4)))
                .post("Title: " + MAILBOX_TITLE
                        + "\nMore info: Affects the Outlook mobile apps and the new Outlook for Mac desktop client."
                        + "\nRoot cause: A change that introduced a new virtual account in the Exchange Online "
                        + "service caused the impact. We're disabling the change across the affected environments.");
    }

    static void mailboxResolved(WorldDraft w) {
        w.issue(MAILBOX)
                .impact("Users may have been intermittently unable to access their Exchange Online mailboxes in "
                        + "some connection methods.")
                .restored("Final status: Telemetry shows that disabling the change has substantially reduced "
                        + "errors; we consider the issue resolved.\nThis is the final update for the event.");
    }

    static void mailboxAgainOpens(WorldDraft w) {
        w.open(MAILBOX_AGAIN, DemoCatalog.EXCHANGE, "Management and Provisioning", "Mailbox access", INCIDENT,
                        w.now())
                .title(MAILBOX_AGAIN_TITLE)
                .impact("Users may be intermittently unable to access their mailboxes.")
                .post("Title: " + MAILBOX_AGAIN_TITLE
                        + "\nUser impact: Users may be intermittently unable to access their mailboxes."
                        + "\nMore info: Affects the Outlook mobile apps and the new Outlook for Mac desktop client."
                        + "\nCurrent status: Affected tenants report that the impact described in " + MAILBOX
                        + " is still occurring. We're restarting the Notification Broker service in the affected "
                        + "Exchange Online infrastructure to reduce impact while we keep investigating the root cause."
                        + "\nNext update by: " + Wording.utc(w.now().plus(Duration.ofHours(20))));
    }

    static void mailboxAgainUpdate(WorldDraft w) {
        w.issue(MAILBOX_AGAIN).post("Title: " + MAILBOX_AGAIN_TITLE
                + "\nCurrent status: Restarting the Notification Broker service continues to reduce impact. "
                + "We're developing a fix for the notification generation and delivery component."
                + "\nNext update by: " + Wording.utc(w.now().plus(Duration.ofDays(1))));
    }

    static void mailboxAgainRestored(WorldDraft w) {
        w.issue(MAILBOX_AGAIN)
                .impact("Users may have been intermittently unable to access their mailboxes.")
                .restored("Title: " + MAILBOX_AGAIN_TITLE
                        + "\nFinal status: We've deployed the fix to the notification generation and delivery "
                        + "component and confirmed that impact is remediated."
                        + "\nStart time: " + Wording.utc(w.origin().minus(MAILBOX_AGE))
                        + "\nEnd time: " + Wording.utc(w.now())
                        + "\nRoot cause: A fault in the component that generates and delivers notifications to "
                        + "Outlook clients caused the impact."
                        + "\nNext steps: We're adding monitoring of the notification generation and delivery component "
                        + "so that such failures are detected before users are affected."
                        + "\nThis is the final update for the event.");
    }
}

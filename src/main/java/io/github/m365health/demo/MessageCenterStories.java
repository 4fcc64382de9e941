package io.github.m365health.demo;

import static io.github.m365health.health.MessageCategory.PLAN_FOR_CHANGE;
import static io.github.m365health.health.MessageCategory.PREVENT_OR_FIX_ISSUE;
import static io.github.m365health.health.MessageCategory.STAY_INFORMED;
import static io.github.m365health.health.MessageSeverity.HIGH;
import static io.github.m365health.health.MessageSeverity.NORMAL;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Message Center posts: a major change without a deadline, a high-severity plan for change due in a
 * few days whose deadline later moves, a post naming three services, one naming none, and one whose
 * end passes during the script.
 */
final class MessageCenterStories {

    static final String OFFICE_FILES = "MC172851";
    static final String SMTP_RETIREMENT = "MC1204518";
    static final String ADMIN_REPORTS = "MC1211092";
    static final String INTUNE_MAINTENANCE = "MC1215730";
    static final String SYNC_CLIENTS = "MC1226641";
    static final String DEFENDER_FILTERS = "MC1219377";
    static final String PLANNER_RETIREMENT = "MC1222810";

    static final Duration FIRST_DEADLINE = Duration.ofDays(3);
    static final Duration MOVED_DEADLINE = Duration.ofDays(10);
    /** Script second at which MC1215730's endDateTime passes. */
    static final double INTUNE_MAINTENANCE_ENDS = 60;

    private MessageCenterStories() {
    }

    static void postsAtStart(WorldDraft w) {
        Instant origin = w.origin();
        // Modelled on the doc example MC172851: informational, a major change, no action required.
        w.publish(OFFICE_FILES, "(Updated) New feature: Changes to PowerPoint and Word to open files faster",
                        STAY_INFORMED, NORMAL, origin.minus(Duration.ofDays(21)))
                .majorChange(true)
                .services(List.of("SharePoint Online", "OneDrive for Business"))
                .endsAt(origin.plus(Duration.ofDays(60)))
                .tag("Updated message")
                .asOf(origin.minus(Duration.ofDays(1)))
                .body("Updated: the rollout resumes this week and completes within a month.");
        w.publish(SMTP_RETIREMENT, "Exchange Online: SMTP AUTH with app passwords stops working for legacy clients",
                        PLAN_FOR_CHANGE, HIGH, origin.minus(Duration.ofDays(40)))
                .majorChange(true)
                .services(List.of("Exchange Online"))
                .actionRequiredBy(origin.plus(FIRST_DEADLINE))
                .endsAt(origin.plus(Duration.ofDays(45)))
                .tag("Retirement")
                .tag("Admin impact")
                .body("Move devices and applications that send mail with app passwords to OAuth before the deadline.");
        w.publish(ADMIN_REPORTS, "Microsoft 365 admin center: a refreshed layout for usage reports",
                        STAY_INFORMED, NORMAL, origin.minus(Duration.ofDays(6)))
                .majorChange(null)
                .services(null)
                .body("Usage reports get a new layout. No action is required.");
        w.publish(INTUNE_MAINTENANCE, "Microsoft Intune: service maintenance window",
                        STAY_INFORMED, NORMAL, origin.minus(Duration.ofDays(30)))
                .majorChange(false)
                .services(List.of("Microsoft Intune"))
                .endsAt(w.at(INTUNE_MAINTENANCE_ENDS))
                .tag("Admin impact")
                .body("Some Intune admin actions may be slow during the maintenance window.");
        w.publish(DEFENDER_FILTERS, "Microsoft Defender XDR: new filters in the incident queue",
                        STAY_INFORMED, NORMAL, origin.minus(Duration.ofDays(3)))
                .majorChange(false)
                .services(List.of("Microsoft Defender XDR"))
                .body("The incident queue gains filters for service source and detection source.");
        w.publish(PLANNER_RETIREMENT, "Planner: the classic Planner web experience retires",
                        PLAN_FOR_CHANGE, NORMAL, origin.minus(Duration.ofDays(12)))
                .majorChange(true)
                .services(List.of("Planner"))
                .endsAt(origin.plus(Duration.ofDays(90)))
                .tag("Retirement")
                .tag("User impact")
                .body("Users move to the new Planner experience; plans and tasks carry over unchanged.");
    }

    static void syncClientsPublished(WorldDraft w) {
        w.publish(SYNC_CLIENTS, "Update Teams, SharePoint and OneDrive sync clients to keep file sharing working",
                        PREVENT_OR_FIX_ISSUE, NORMAL, w.now())
                .majorChange(false)
                .services(List.of("Microsoft Teams", "SharePoint Online", "OneDrive for Business"))
                .actionRequiredBy(w.origin().plus(Duration.ofDays(6)))
                .endsAt(w.origin().plus(Duration.ofDays(30)))
                .tag("Admin impact")
                .tag("User impact")
                .body("Clients older than the supported versions will stop opening shared files.");
    }

    /** Microsoft gives organizations more time: the deadline moves later and the post says so. */
    static void smtpDeadlineMoved(WorldDraft w) {
        MessageDraft post = w.message(SMTP_RETIREMENT);
        Instant moved = w.origin().plus(MOVED_DEADLINE);
        post.title("(Updated) " + post.title())
                .actionRequiredBy(moved)
                .tag("Updated message")
                .body("Updated " + Wording.utc(w.now()) + ": we've moved the action-required date to "
                        + Wording.utc(moved) + " to give organizations more time.\n" + post.body());
    }
}

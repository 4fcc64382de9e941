package io.github.m365health.metrics;

import io.github.m365health.health.Listing;
import io.github.m365health.health.Classification;
import io.github.m365health.health.DurationHistogram;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssuePost;
import io.github.m365health.health.IssueTotals;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageKey;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.health.Origin;
import io.github.m365health.health.ReopenKey;
import io.github.m365health.health.ReopenKind;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.ServiceKey;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.TrackedIssue;
import io.github.m365health.health.EndpointStatus;
import io.github.m365health.health.TenantState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Tenant states told by the stories of graph-api.md §3 and shared/seeds:
 * <ul>
 * <li>{@code contoso} on 2026-04-03 12:00Z: EX1268771 open (it names EX1256020, and promises its next
 * update by 14:00Z), EX1256020 ended
 * on 2026-04-01 and counted once as reopened ({@code follow_up}), EX1215307 ended in January and
 * past the per-issue retention, so present only in the history figures; MC9999001 active, MC172851
 * (ended 2019) only in the seen counter.</li>
 * <li>{@code fabrikam} on 2026-01-08 12:40Z: EX1215307 just ended with its start revised back to
 * 2026-01-02, resolution 6d 11h 30m; its messages listing fails with 403 and never succeeded.</li>
 * </ul>
 */
public final class StoryStates {

    public static final ServiceHealth EXCHANGE_DEGRADED =
            new ServiceHealth("Exchange", "Exchange Online", ServiceHealthStatus.SERVICE_DEGRADATION);
    public static final ServiceHealth IDENTITY_RESTORED =
            new ServiceHealth("OrgLiveID", "Identity Service", ServiceHealthStatus.SERVICE_RESTORED);
    public static final ServiceHealth SUITE_OPERATIONAL =
            new ServiceHealth("OSDPPlatform", "Microsoft 365 suite", ServiceHealthStatus.SERVICE_OPERATIONAL);

    /** EX1215307 ran 2026-01-02T00:00Z to 2026-01-08T11:30Z: 6 days 11 hours 30 minutes. */
    public static final Duration EX1215307_DURATION = Duration.ofDays(6).plusHours(11).plusMinutes(30);
    public static final Duration EX1256020_DURATION =
            Duration.between(Instant.parse("2026-03-17T14:00:00Z"), Instant.parse("2026-04-01T20:00:00Z"));
    /** EX1268771 from its start to contoso's snapshot. */
    public static final Duration EX1268771_SO_FAR =
            Duration.between(Instant.parse("2026-04-02T19:14:14Z"), Instant.parse("2026-04-03T12:00:00Z"));

    /** What EX1268771's latest post promises. */
    public static final Instant EX1268771_NEXT_UPDATE = Instant.parse("2026-04-03T14:00:00Z");

    private StoryStates() {
    }

    public static List<TenantState> twoTenants() {
        return List.of(contoso(), fabrikam());
    }

    public static TenantState contoso() {
        Instant at = Instant.parse("2026-04-03T12:00:00Z");
        ServiceKey exchangeIncidents = new ServiceKey("Exchange Online", Classification.INCIDENT);
        IssueTotals totals = new IssueTotals(
                Map.of(exchangeIncidents, 3L),
                Map.of(new ReopenKey("Exchange Online", Classification.INCIDENT, ReopenKind.FOLLOW_UP), 1L),
                Map.of(exchangeIncidents, DurationHistogram.of(List.of(EX1215307_DURATION, EX1256020_DURATION))),
                Map.of(exchangeIncidents, (double) EX1215307_DURATION.plus(EX1256020_DURATION)
                        .plus(EX1268771_SO_FAR).toSeconds()));
        TenantSnapshot snapshot = new TenantSnapshot("contoso", at,
                List.of(EXCHANGE_DEGRADED, IDENTITY_RESTORED, SUITE_OPERATIONAL),
                List.of(new TrackedIssue(ex1268771(), 0, EX1268771_NEXT_UPDATE), new TrackedIssue(ex1256020(), 1)),
                totals,
                List.of(mc9999001()),
                Map.of(new MessageKey(MessageCategory.STAY_INFORMED, MessageSeverity.NORMAL), 1L,
                        new MessageKey(MessageCategory.PLAN_FOR_CHANGE, MessageSeverity.HIGH), 1L));
        return new TenantState("contoso", snapshot, Map.of(
                Listing.HEALTH_OVERVIEWS, ok("2026-04-03T11:59:01.250Z", 250),
                Listing.ISSUES, ok("2026-04-03T11:59:02Z", 750),
                Listing.MESSAGES, ok("2026-04-03T11:57:30Z", 1200)), "");
    }

    public static TenantState fabrikam() {
        Instant at = Instant.parse("2026-01-08T12:40:00Z");
        ServiceKey exchangeIncidents = new ServiceKey("Exchange Online", Classification.INCIDENT);
        IssueTotals totals = new IssueTotals(
                Map.of(exchangeIncidents, 1L),
                Map.of(),
                Map.of(exchangeIncidents, DurationHistogram.of(List.of(EX1215307_DURATION))),
                Map.of(exchangeIncidents, (double) EX1215307_DURATION.toSeconds()));
        TenantSnapshot snapshot = new TenantSnapshot("fabrikam", at,
                List.of(new ServiceHealth("Exchange", "Exchange Online", ServiceHealthStatus.SERVICE_RESTORED),
                        SUITE_OPERATIONAL),
                List.of(new TrackedIssue(ex1215307(), 0)),
                totals, List.of(), Map.of());
        return new TenantState("fabrikam", snapshot, Map.of(
                Listing.HEALTH_OVERVIEWS, ok("2026-01-08T12:39:00Z", 300),
                Listing.ISSUES, ok("2026-01-08T12:39:01Z", 900),
                Listing.MESSAGES, new EndpointStatus(false, null, Duration.ofMillis(150))),
                "messages: HTTP 403 Authorization_RequestDenied: grant the application permission"
                        + " ServiceMessage.Read.All and admin consent");
    }

    public static Issue ex1268771() {
        return new Issue("EX1268771",
                "Users may be intermittently unable to access their Exchange Online mailboxes in some connection methods.",
                "Exchange Online", "Mailbox access", "Management and Provisioning",
                Classification.INCIDENT, Origin.MICROSOFT, ServiceHealthStatus.SERVICE_DEGRADATION, false,
                "Users may be intermittently unable to access their Exchange Online mailboxes in some connection methods.",
                Instant.parse("2026-04-02T19:14:14Z"), null, Instant.parse("2026-04-03T10:05:00Z"),
                List.of(new IssuePost(Instant.parse("2026-04-02T19:30:00Z"), "regular",
                        "Current status: Affected tenants report that the impact described in EX1256020 is still occurring."
                                + "\nNext update by: Friday, April 3, 2026, at 2:00 PM UTC")));
    }

    public static Issue ex1256020() {
        return new Issue("EX1256020",
                "Some users may be intermittently unable to access their Exchange Online mailboxes in some connection methods",
                "Exchange Online", "Mailbox access", "Management and Provisioning",
                Classification.INCIDENT, Origin.MICROSOFT, ServiceHealthStatus.SERVICE_RESTORED, true,
                "Users may have been intermittently unable to access their Exchange Online mailboxes in some connection methods.",
                Instant.parse("2026-03-17T14:00:00Z"), Instant.parse("2026-04-01T20:00:00Z"),
                Instant.parse("2026-04-01T20:30:00Z"), List.of());
    }

    public static Issue ex1215307() {
        return new Issue("EX1215307",
                "Some users may have been unable to access their mailboxes using Internet Mailbox Access Protocol 4 (IMAP4)",
                "Exchange Online", "IMAP4", "E-Mail and calendar access",
                Classification.INCIDENT, Origin.MICROSOFT, ServiceHealthStatus.SERVICE_RESTORED, true,
                "Users may have intermittently been unable to access their mailboxes using IMAP4.",
                Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-08T11:30:00Z"),
                Instant.parse("2026-01-08T12:34:33Z"), List.of());
    }

    /** Synthetic post of graph-api.md §3.7: a deadline, planForChange, high, one service. */
    public static Message mc9999001() {
        return new Message("MC9999001", "SYNTHETIC EXAMPLE: Exchange Online setting retirement",
                Instant.parse("2026-03-30T17:00:00Z"), Instant.parse("2026-07-31T07:00:00Z"),
                Instant.parse("2026-03-30T17:05:12Z"), MessageCategory.PLAN_FOR_CHANGE, MessageSeverity.HIGH,
                true, Instant.parse("2026-06-30T00:00:00Z"), List.of("Exchange Online"),
                List.of("Retirement", "Admin impact"));
    }

    /** The documented post of graph-api.md §3.7: no deadline, two services; active until 2019-06-01. */
    public static Message mc172851() {
        return new Message("MC172851", "(Updated) New feature: Changes to PowerPoint and Word to open files faster",
                Instant.parse("2019-02-01T18:51:00Z"), Instant.parse("2019-06-01T08:00:00Z"),
                Instant.parse("2021-01-08T01:10:06.843Z"), MessageCategory.STAY_INFORMED, MessageSeverity.NORMAL,
                true, null, List.of("SharePoint Online", "OneDrive for Business"), List.of("Updated message"));
    }

    public static EndpointStatus ok(String lastSuccess, long millis) {
        return new EndpointStatus(true, Instant.parse(lastSuccess), Duration.ofMillis(millis));
    }
}

package io.github.m365health.web.pages;

import io.github.m365health.testing.TrackedWrites;
import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueFixture;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.store.SqliteHistory;
import io.github.m365health.store.StoreException;
import io.github.m365health.testing.MutableClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real store file holding the seed stories (EX1215307, EX1256020 and its follow-up EX1268771)
 * of tenant {@value #TENANT}, a Teams advisory, two Message Center posts and, on demand, a
 * hostile issue; and the {@link ReadingSite} over it at a fixed time.
 */
public final class PagesFixture implements AutoCloseable {

    public static final String TENANT = "contoso";
    public static final URI EXTERNAL_URL = URI.create("https://mon.example.com/m365");
    static final Instant NOW = Instant.parse("2026-04-03T12:00:00Z");
    private static final List<ServiceHealth> SERVICES = List.of(
            new ServiceHealth("Exchange", "Exchange Online", ServiceHealthStatus.SERVICE_DEGRADATION),
            new ServiceHealth("microsoftteams", "Microsoft Teams", ServiceHealthStatus.INVESTIGATING));

    /** Everything a post may try: each payload, if it ran, would set {@code window.pwned}. */
    public static final String HOSTILE_POST = "Current status: still <b>readable</b> text.\n"
            + "<script>window.pwned = 'script';</script>\n"
            + "<img src=\"x\" onerror=\"window.pwned = 'img'\">\n"
            + "<a href=\"javascript:window.pwned = 'link'\">a javascript: link</a>\n"
            + "<style>body { display: none; }</style>\n"
            + "<iframe src=\"javascript:parent.pwned = 'iframe'\" srcdoc=\"<script>parent.pwned = 'srcdoc'</script>\"></iframe>\n"
            + "<p onclick=\"window.pwned = 'click'\">Next update by: Friday, April 3, 2026, at 6:00 PM UTC</p>\n"
            + "<a href=\"https://status.example.com/\">a plain link</a>";
    public static final String HOSTILE_TITLE = "Title with <script>window.pwned = 'title'</script> & \"quotes\" 'single'";
    public static final String HOSTILE_ID = "EX9\"><img src=x onerror=window.pwned=1>";

    public final MutableClock clock = new MutableClock("2026-01-08T06:00:00Z");
    public final SqliteHistory history;

    public PagesFixture(Path dir) throws StoreException {
        history = SqliteHistory.open(dir.resolve("history.db"), Duration.ofDays(400),
                Duration.ofDays(7), clock);
        poll("2026-01-08T06:00:00Z", IssueFixture.ex1215307Active());
        poll("2026-01-08T12:40:00Z", IssueFixture.ex1215307Restored());
        poll("2026-04-01T21:00:00Z", IssueFixture.ex1215307Restored(), IssueFixture.ex1256020Restored());
        poll("2026-04-03T10:10:00Z", IssueFixture.ex1215307Restored(), IssueFixture.ex1256020Restored(),
                IssueFixture.ex1268771Active(), teamsAdvisory());
        clock.set("2026-04-03T10:15:00Z");
        TrackedWrites.messages(history, TENANT, List.of(smtpRetirement(), adminReports()), clock.instant());
        clock.set(NOW);
    }

    /** Adds an issue whose id, title, impact and post are hostile. */
    public PagesFixture withHostileIssue() throws StoreException {
        clock.set("2026-04-03T11:00:00Z");
        Issue listed = IssueFixture.issue("EX1266666").title(HOSTILE_TITLE).impact("<b>impact</b> & more")
                .active(ServiceHealthStatus.INVESTIGATING).start("2026-04-03T09:00:00Z")
                .post("2026-04-03T10:30:00Z", HOSTILE_POST).build();
        Issue oddId = IssueFixture.issue(HOSTILE_ID).title("Odd id").active(ServiceHealthStatus.INVESTIGATING)
                .start("2026-04-03T09:00:00Z").build();
        TrackedWrites.health(history, TENANT, SERVICES, List.of(IssueFixture.ex1215307Restored(), IssueFixture.ex1256020Restored(),
                IssueFixture.ex1268771Active(), teamsAdvisory(), listed, oddId), clock.instant());
        clock.set(NOW);
        return this;
    }

    public ReadingSite site() {
        return new ReadingSite(history.readModel(), List.of(TENANT, "fabrikam"), EXTERNAL_URL, clock);
    }

    private void poll(String atIso, Issue... issues) throws StoreException {
        clock.set(atIso);
        TrackedWrites.health(history, TENANT, SERVICES, List.of(issues), clock.instant());
    }

    static Issue teamsAdvisory() {
        return IssueFixture.issue("TM1271130").title("Some users can't send chat messages").service("Microsoft Teams")
                .classification(Classification.ADVISORY).active(ServiceHealthStatus.INVESTIGATING)
                .start("2026-04-03T08:00:00Z").modified("2026-04-03T09:00:00Z")
                .post("2026-04-03T09:00:00Z", "Current status: We're investigating.").build();
    }

    static Message smtpRetirement() {
        return new Message("MC1204518", "Exchange Online: SMTP AUTH with app passwords stops working for legacy clients",
                Instant.parse("2026-02-22T00:00:00Z"), Instant.parse("2026-05-18T00:00:00Z"),
                Instant.parse("2026-04-02T08:00:00Z"), MessageCategory.PLAN_FOR_CHANGE, MessageSeverity.HIGH, true,
                Instant.parse("2026-04-13T00:00:00Z"), List.of("Exchange Online"), List.of("Retirement", "Admin impact"),
                "<p>Move devices that send mail with app passwords to <a href=\"https://learn.microsoft.com/\">OAuth</a>"
                        + " before the deadline.</p>");
    }

    static Message adminReports() {
        return new Message("MC1211092", "Microsoft 365 admin center: a refreshed layout for usage reports",
                Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"),
                Instant.parse("2026-03-28T00:00:00Z"), MessageCategory.STAY_INFORMED, MessageSeverity.NORMAL, false,
                null, List.of(), List.of(), "Usage reports get a new layout. No action is required.");
    }

    @Override
    public void close() throws StoreException {
        history.close();
    }
}

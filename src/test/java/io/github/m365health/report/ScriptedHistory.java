package io.github.m365health.report;

import static io.github.m365health.health.IssueFixture.issue;

import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueFixture;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.TenantHistory;
import io.github.m365health.store.HistoryReader;
import io.github.m365health.store.SqliteHistory;
import io.github.m365health.store.StoreException;
import io.github.m365health.testing.MutableClock;
import io.github.m365health.health.Tracker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A history written into a real store file by the exporter's own write path, one complete issue
 * listing per poll as Graph would return it, then read back through the read-only reader:
 * <ul>
 *   <li>EX1215307 (shared/seeds): seen open on 2026-01-08, then restored with its start moved back six days;</li>
 *   <li>TM2000001: Teams, from 2026-02-28 20:00 to 2026-03-01 04:00, across the month boundary;</li>
 *   <li>TM2000003: a Teams advisory that comes back under its own id (same_id reopen);</li>
 *   <li>SP2000001 and SP2000002: two overlapping SharePoint incidents, 08:00-12:00 and 10:00-14:00;</li>
 *   <li>EX1256020, resolved on 2026-04-01, and EX1268771, open from 2026-04-02 and naming it (follow_up).</li>
 * </ul>
 */
public final class ScriptedHistory {

    /** {@code reopen.follow_up_window} at its default, as the poller's tracker has it. */
    private static final Tracker TRACKER = new Tracker(Duration.ofDays(14));

    public static final String TENANT = "contoso";
    static final List<ServiceHealth> SERVICES = List.of(
            new ServiceHealth("Exchange", "Exchange Online", ServiceHealthStatus.SERVICE_DEGRADATION),
            new ServiceHealth("SharePoint", "SharePoint Online", ServiceHealthStatus.SERVICE_OPERATIONAL),
            new ServiceHealth("MicrosoftTeams", "Microsoft Teams", ServiceHealthStatus.SERVICE_OPERATIONAL),
            new ServiceHealth("OrgLiveID", "Identity Service", ServiceHealthStatus.SERVICE_OPERATIONAL));

    static final String COMMA_AND_QUOTE_TITLE = "Users can't open files in \"Shared with me\", OneDrive, or Teams";
    static final String HOSTILE_TITLE = "=HYPERLINK(\"http://example.invalid\") | *bold* <b>tag</b> [x](javascript:alert(1))";
    static final String TWO_LINE_TITLE = "Teams meetings may drop,\nand rejoining may fail";

    private final Map<String, Issue> listing = new LinkedHashMap<>();
    private final MutableClock clock = new MutableClock("2026-01-08T05:50:00Z");
    private final Path file;

    private ScriptedHistory(Path file) {
        this.file = file;
    }

    /** Writes the whole script into {@code file}. */
    public static ScriptedHistory write(Path file) throws StoreException {
        ScriptedHistory h = new ScriptedHistory(file);
        try (SqliteHistory store = SqliteHistory.open(file, Duration.ofDays(400), Duration.ofDays(7), h.clock)) {
            h.poll(store, "2026-01-08T05:50:00Z", IssueFixture.ex1215307Active());
            h.poll(store, "2026-01-08T12:40:00Z", IssueFixture.ex1215307Restored());
            h.poll(store, "2026-03-01T05:00:00Z", issue("TM2000001").service("Microsoft Teams").title(TWO_LINE_TITLE)
                    .start("2026-02-28T20:00:00Z").restored("2026-03-01T04:00:00Z").build());
            h.poll(store, "2026-03-10T15:00:00Z",
                    issue("SP2000001").service("SharePoint Online").title(COMMA_AND_QUOTE_TITLE)
                            .start("2026-03-10T08:00:00Z").restored("2026-03-10T12:00:00Z").build(),
                    issue("SP2000002").service("SharePoint Online").title(HOSTILE_TITLE)
                            .start("2026-03-10T10:00:00Z").restored("2026-03-10T14:00:00Z").build(),
                    teamsAdvisory().restored("2026-03-10T10:00:00Z").modified("2026-03-10T10:00:00Z").build());
            h.poll(store, "2026-03-11T09:00:00Z", teamsAdvisory()
                    .active(ServiceHealthStatus.SERVICE_DEGRADATION).modified("2026-03-11T08:55:00Z").build());
            h.poll(store, "2026-03-11T13:00:00Z", teamsAdvisory()
                    .restored("2026-03-11T12:00:00Z").modified("2026-03-11T12:05:00Z").build());
            h.poll(store, "2026-04-01T20:35:00Z", IssueFixture.ex1256020Restored());
            h.poll(store, "2026-04-03T10:10:00Z", IssueFixture.ex1268771Active());
        }
        return h;
    }

    private static IssueFixture teamsAdvisory() {
        return issue("TM2000003").service("Microsoft Teams").classification(Classification.ADVISORY)
                .title("Some users may see delays in chat").start("2026-03-09T10:00:00Z");
    }

    private void poll(SqliteHistory store, String at, Issue... issues) throws StoreException {
        for (Issue issue : issues) {
            listing.put(issue.id(), issue);
        }
        clock.set(at);
        store.recordHealth(TENANT, SERVICES,
                TRACKER.track(store.issues(TENANT), List.copyOf(listing.values()), clock.instant()), clock.instant());
    }

    /** The tenant's history as the report reads it, through a read-only connection. */
    public TenantHistory read() throws StoreException {
        try (HistoryReader reader = HistoryReader.open(file)) {
            return reader.tenant(TENANT);
        }
    }
}

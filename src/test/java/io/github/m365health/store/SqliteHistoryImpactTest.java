package io.github.m365health.store;

import static io.github.m365health.health.IssueFixture.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.ServiceKey;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteHistoryImpactTest {

    private static final ServiceKey EXCHANGE_INCIDENT = new ServiceKey("Exchange Online", Classification.INCIDENT);
    private static final ServiceKey EXCHANGE_ADVISORY = new ServiceKey("Exchange Online", Classification.ADVISORY);
    private static final double HOUR = 3600;

    @TempDir
    Path dir;
    private StoreFixture store;

    @AfterEach
    void close() throws StoreException {
        store.close();
    }

    private static Issue ended(String id, String from, String to) {
        return issue(id).restored("2026-02-01T" + to + "Z").start("2026-02-01T" + from + "Z").build();
    }

    private double impact(ServiceKey key) throws StoreException {
        return store.snapshot().issueTotals().impactSeconds().get(key);
    }

    @Test
    void impactIsTheUnionOfOverlappingNestedAdjacentAndRunningIssues() throws Exception {
        store = new StoreFixture(dir, "2026-02-01T16:00:00Z");
        store.pollHealth("2026-02-01T16:00:00Z",
                ended("EX1", "08:00:00", "10:00:00"),
                ended("EX2", "09:00:00", "11:00:00"),
                ended("EX3", "09:30:00", "09:45:00"),
                ended("EX4", "11:00:00", "12:00:00"),
                issue("EX5").active(ServiceHealthStatus.SERVICE_DEGRADATION).start("2026-02-01T14:00:00Z").build(),
                issue("EX6").classification(Classification.ADVISORY).restored("2026-02-01T09:00:00Z")
                        .start("2026-02-01T08:00:00Z").build());

        assertEquals(4 * HOUR + 2 * HOUR, impact(EXCHANGE_INCIDENT));
        assertEquals(1 * HOUR, impact(EXCHANGE_ADVISORY));
        store.clock.set("2026-02-01T17:00:00Z");
        assertEquals(4 * HOUR + 3 * HOUR, impact(EXCHANGE_INCIDENT), "the running issue keeps adding");
    }

    @Test
    void issueMicrosoftShortensLeavesImpactAtItsPreviousHighAcrossRestarts() throws Exception {
        store = new StoreFixture(dir, "2026-02-01T13:00:00Z");
        store.pollHealth("2026-02-01T13:00:00Z", issue("EX1").restored("2026-02-01T12:00:00Z")
                .start("2026-02-01T08:00:00Z").modified("2026-02-01T12:05:00Z").build());
        assertEquals(4 * HOUR, impact(EXCHANGE_INCIDENT));

        store.pollHealth("2026-02-01T14:00:00Z", issue("EX1").restored("2026-02-01T10:00:00Z")
                .start("2026-02-01T08:00:00Z").modified("2026-02-01T13:55:00Z").build());
        assertEquals(4 * HOUR, impact(EXCHANGE_INCIDENT), "held, not lowered to 2h");

        store.restart();
        assertEquals(4 * HOUR, impact(EXCHANGE_INCIDENT), "the high-water mark is in the file");
        store.pollHealth("2026-02-01T20:00:00Z", ended("EX2", "18:00:00", "19:00:00"));
        assertEquals(4 * HOUR, impact(EXCHANGE_INCIDENT), "3h of union is still below the mark");
        store.pollHealth("2026-02-01T23:00:00Z", ended("EX3", "20:00:00", "22:00:00"));
        assertEquals(5 * HOUR, impact(EXCHANGE_INCIDENT));
    }

    @Test
    void runningIssueWhoseStartMovesLaterNeverShowsLessThanBefore() throws Exception {
        store = new StoreFixture(dir, "2026-02-01T12:00:00Z");
        store.pollHealth("2026-02-01T12:00:00Z", issue("EX1").active(ServiceHealthStatus.SERVICE_DEGRADATION)
                .start("2026-02-01T08:00:00Z").modified("2026-02-01T08:00:00Z").build());
        store.clock.set("2026-02-01T12:30:00Z");
        double shown = impact(EXCHANGE_INCIDENT);

        store.pollHealth("2026-02-01T12:31:00Z", issue("EX1").active(ServiceHealthStatus.SERVICE_DEGRADATION)
                .start("2026-02-01T11:00:00Z").modified("2026-02-01T12:31:00Z").build());

        assertEquals(4.5 * HOUR, shown);
        // Held where the previous data stood at the poll (08:00 to 12:31), not cut to 1h31m.
        assertEquals(4.5 * HOUR + 60, impact(EXCHANGE_INCIDENT));
        store.clock.set("2026-02-01T15:00:00Z");
        assertEquals(4.5 * HOUR + 60, impact(EXCHANGE_INCIDENT), "11:00 to 15:00 is still below the mark");
        store.clock.set("2026-02-01T16:00:00Z");
        assertEquals(5 * HOUR, impact(EXCHANGE_INCIDENT), "the new union has passed the mark");
    }

    @Test
    void impactOfAClassificationAnIssueLeftIsHeldWhileItsNewClassificationCountsTheInterval() throws Exception {
        store = new StoreFixture(dir, "2026-02-01T10:00:00Z");
        store.pollHealth("2026-02-01T10:00:00Z", issue("EX1").classification(Classification.ADVISORY)
                .restored("2026-02-01T10:00:00Z").start("2026-02-01T08:00:00Z").modified("2026-02-01T10:00:00Z").build());
        store.pollHealth("2026-02-01T11:00:00Z", issue("EX1").classification(Classification.INCIDENT)
                .restored("2026-02-01T10:00:00Z").start("2026-02-01T08:00:00Z").modified("2026-02-01T11:00:00Z").build());

        assertEquals(2 * HOUR, impact(EXCHANGE_ADVISORY));
        assertEquals(2 * HOUR, impact(EXCHANGE_INCIDENT));
    }
}

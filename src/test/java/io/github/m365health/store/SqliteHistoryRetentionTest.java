package io.github.m365health.store;

import static io.github.m365health.health.IssueFixture.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.Issue;
import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageFixture;
import io.github.m365health.health.MessageKey;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteHistoryRetentionTest {

    @TempDir
    Path dir;
    private StoreFixture store;

    @BeforeEach
    void open() throws StoreException {
        store = new StoreFixture(dir.resolve("history.db"), new MutableClock("2026-01-01T00:00:00Z"), Duration.ofDays(30));
    }

    @AfterEach
    void close() throws StoreException {
        store.close();
    }

    private static final Issue OLD_ACTIVE = issue("EX1000001").active(ServiceHealthStatus.SERVICE_DEGRADATION)
            .start("2026-01-01T08:00:00Z").modified("2026-01-01T08:00:00Z").build();
    private static final Issue OLD_RESTORED = issue("EX1000001").restored("2026-01-01T12:00:00Z")
            .start("2026-01-01T08:00:00Z").modified("2026-01-01T12:00:00Z").build();
    private static final Issue OLD_BACK = issue("EX1000001").active(ServiceHealthStatus.SERVICE_DEGRADATION)
            .start("2026-01-01T08:00:00Z").modified("2026-01-01T13:00:00Z").build();
    private static final Issue OLD_ENDED = issue("EX1000001").restored("2026-01-01T14:00:00Z")
            .start("2026-01-01T08:00:00Z").modified("2026-01-01T14:00:00Z").build();

    @Test
    void endedIssueOlderThanTheRetentionIsPrunedWhileEveryTotalStaysWhereItWas() throws Exception {
        store.pollHealth("2026-01-01T09:00:00Z", OLD_ACTIVE);
        store.pollHealth("2026-01-01T12:30:00Z", OLD_RESTORED);
        store.pollHealth("2026-01-01T13:30:00Z", OLD_BACK);
        store.pollHealth("2026-01-01T14:30:00Z", OLD_ENDED);
        store.pollHealth("2026-01-20T00:00:00Z");
        TenantSnapshot before = store.snapshotAt("2026-02-05T00:00:00Z");

        store.pollHealth("2026-02-05T00:00:00Z");
        TenantSnapshot after = store.snapshot();

        assertTrue(StoredRows.issue(store.file, StoreFixture.TENANT, "EX1000001").isEmpty(), "pruned from the file");
        assertEquals(before.issueTotals(), after.issueTotals());
        store.restart();
        assertEquals(before.issueTotals(), store.snapshot().issueTotals());
        assertEquals(1L, store.snapshot().issueTotals().reopens().values().iterator().next());
    }

    @Test
    void issueGraphStillReturnsIsKeptHoweverLongAgoItEnded() throws Exception {
        store.pollHealth("2026-01-01T14:30:00Z", OLD_ENDED);
        store.pollHealth("2026-03-01T00:00:00Z", OLD_ENDED);
        store.pollHealth("2026-03-02T00:00:00Z", OLD_ENDED);

        assertTrue(StoredRows.issue(store.file, StoreFixture.TENANT, "EX1000001").isPresent());
        assertEquals(1L, store.snapshot().issueTotals().seen().values().iterator().next(), "never re-imported as new");
    }

    @Test
    void endedPostOlderThanTheRetentionIsPrunedButStaysCountedAsSeen() throws Exception {
        store.pollMessages("2026-01-01T00:00:00Z", MessageFixture.post("MC1", List.of("Exchange Online"),
                "2025-12-01T00:00:00Z", "2026-01-02T00:00:00Z"));
        store.pollMessages("2026-02-05T00:00:00Z");

        assertTrue(StoredRows.message(store.file, StoreFixture.TENANT, "MC1").isEmpty());
        Map<MessageKey, Long> seen = Map.of(new MessageKey(MessageCategory.STAY_INFORMED, MessageSeverity.NORMAL), 1L);
        assertEquals(seen, store.snapshot().messagesSeen());
        store.restart();
        assertEquals(seen, store.snapshot().messagesSeen());
    }
}

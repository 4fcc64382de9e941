package io.github.m365health.store;

import static io.github.m365health.health.IssueFixture.ex1215307Active;
import static io.github.m365health.health.IssueFixture.ex1268771Active;
import static io.github.m365health.health.IssueFixture.issue;
import static io.github.m365health.health.IssueFixture.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.m365health.health.ServiceHealthStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteHistoryPromisedUpdateTest {

    @TempDir
    Path dir;
    private StoreFixture store;

    @AfterEach
    void close() throws StoreException {
        store.close();
    }

    @Test
    void anOpenIssueShowsTheUpdateItsLatestPostPromisesAcrossUnchangedPollsAndRestarts() throws Exception {
        store = new StoreFixture(dir, "2026-04-03T12:00:00Z");
        store.pollHealth("2026-04-03T12:00:00Z", ex1268771Active());
        store.pollHealth("2026-04-03T12:01:00Z", ex1268771Active());

        assertEquals(t("2026-04-03T18:00:00Z"), store.shown("EX1268771").orElseThrow().nextUpdateBy());

        store.restart();
        assertEquals(t("2026-04-03T18:00:00Z"), store.shown("EX1268771").orElseThrow().nextUpdateBy());
    }

    @Test
    void aNewerPostReplacesThePromiseAndAFinalPostEndsIt() throws Exception {
        store = new StoreFixture(dir, "2026-04-03T12:00:00Z");
        store.pollHealth("2026-04-03T12:00:00Z", ex1268771Active());
        store.pollHealth("2026-04-03T19:00:00Z", issue("EX1268771").active(ServiceHealthStatus.SERVICE_DEGRADATION)
                .start("2026-04-02T19:14:14Z").modified("2026-04-03T18:40:00Z")
                .post("2026-04-02T19:30:00Z", "Next update by: Friday, April 3, 2026, at 6:00 PM UTC")
                .post("2026-04-03T18:40:00Z", "Current status: Still restarting.\nNext update by: Saturday, April 4, 2026, at 2:00 AM UTC")
                .build());
        assertEquals(t("2026-04-04T02:00:00Z"), store.shown("EX1268771").orElseThrow().nextUpdateBy());

        store.pollHealth("2026-04-04T02:00:00Z", issue("EX1268771").active(ServiceHealthStatus.SERVICE_DEGRADATION)
                .start("2026-04-02T19:14:14Z").modified("2026-04-04T01:50:00Z")
                .post("2026-04-04T01:50:00Z", "Current status: Still restarting.\nNext update by: Saturday, April 4, at 8:00 AM UTC")
                .build());
        assertNull(store.shown("EX1268771").orElseThrow().nextUpdateBy(), "a promise without a year is no promise");
    }

    @Test
    void aResolvedIssueShowsNoPromise() throws Exception {
        store = new StoreFixture(dir, "2026-04-03T12:00:00Z");
        store.pollHealth("2026-04-03T12:00:00Z", issue("EX1").restored("2026-04-03T11:00:00Z")
                .start("2026-04-03T08:00:00Z")
                .post("2026-04-03T11:00:00Z", "Final status: Fixed.\nNext update by: Friday, April 3, 2026, at 6:00 PM UTC")
                .build());

        assertNull(store.shown("EX1").orElseThrow().nextUpdateBy());
    }

    @Test
    void anIssueWithoutAPromiseHasNone() throws Exception {
        store = new StoreFixture(dir, "2026-01-08T06:00:00Z");
        store.pollHealth("2026-01-08T06:00:00Z", ex1215307Active());

        assertNull(store.shown("EX1215307").orElseThrow().nextUpdateBy());
    }
}

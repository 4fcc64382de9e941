package io.github.m365health.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.ServiceFilter;
import io.github.m365health.graph.GraphApi;
import io.github.m365health.health.Issue;
import io.github.m365health.health.Message;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.TenantStateBoard;
import io.github.m365health.health.Tracker;
import io.github.m365health.testing.Eventually;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollSchedulerTest {

    private static final Tracker TRACKER = new Tracker(Duration.ofDays(14));

    private static final PollIntervals FAST = new PollIntervals(Duration.ofSeconds(1), Duration.ofSeconds(1));

    @Test
    void aTenantStuckInGraphNeverHoldsUpAnotherTenant() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch healthyPolled = new CountDownLatch(2);
        AtomicInteger stuckCalls = new AtomicInteger();
        GraphApi stuck = new ScriptedGraph(() -> {
            stuckCalls.incrementAndGet();
            release.await();
        });
        GraphApi healthy = new ScriptedGraph(healthyPolled::countDown);
        TenantStateBoard board = board("stuck", "healthy");
        RecordingHistory history = new RecordingHistory();

        try (PollScheduler scheduler = new PollScheduler(List.of(
                new TenantPoller("stuck", ServiceFilter.ALL, stuck, TRACKER, history, board, Clock.systemUTC(), FAST),
                new TenantPoller("healthy", ServiceFilter.ALL, healthy, TRACKER, history, board, Clock.systemUTC(), FAST)),
                new Random(7))) {
            scheduler.start();
            assertTrue(healthyPolled.await(10, TimeUnit.SECONDS), "the healthy tenant was polled while the other hung");
            Eventually.await("the healthy tenant's polls were published", Duration.ofSeconds(10),
                    () -> board.get("healthy").polledOnce());
            assertEquals(0, board.get("stuck").endpoints().size(), "the stuck tenant has not finished a listing");
            assertTrue(stuckCalls.get() <= 2, "a hung poll is skipped, not stacked: " + stuckCalls.get() + " concurrent calls");
        } finally {
            release.countDown();
        }
    }

    private static TenantStateBoard board(String... tenants) {
        return new TenantStateBoard(List.of(tenants).stream()
                .map(t -> TenantStateBoard.initialState(TenantSnapshot.empty(t, Instant.EPOCH))).toList());
    }

    @FunctionalInterface
    private interface Step {
        void run() throws InterruptedException;
    }

    /** Runs a step on every listing call; an interrupted step (scheduler shutdown) just returns. */
    private record ScriptedGraph(Step step) implements GraphApi {
        @Override
        public List<ServiceHealth> listHealthOverviews(Instant deadline) {
            call();
            return List.of();
        }

        @Override
        public List<Issue> listIssues(Instant deadline) {
            return List.of();
        }

        @Override
        public List<Message> listMessages(Instant deadline) {
            call();
            return List.of();
        }

        @Override
        public java.util.Optional<io.github.m365health.health.IncidentReport> incidentReport(String issueId, Instant deadline) {
            return java.util.Optional.empty();
        }

        private void call() {
            try {
                step.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

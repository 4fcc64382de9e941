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
import io.github.m365health.testing.LogCapture;
import io.github.m365health.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

class PollSchedulerTest {

    private static final Tracker TRACKER = new Tracker(Duration.ofDays(14));

    private static final PollIntervals FAST = new PollIntervals(Duration.ofSeconds(1), Duration.ofSeconds(1));
    /** Long enough that each listing polls exactly once while a test runs. */
    private static final PollIntervals HOURLY = new PollIntervals(Duration.ofHours(1), Duration.ofHours(1));

    @Test
    void thePoolSizeFollowsTheTenantsUpToABound() {
        assertEquals(2, PollScheduler.poolSize(0));
        assertEquals(2, PollScheduler.poolSize(1));
        assertEquals(10, PollScheduler.poolSize(5));
        assertEquals(16, PollScheduler.poolSize(8));
        assertEquals(16, PollScheduler.poolSize(32));
        assertEquals(16, PollScheduler.poolSize(100));
        assertEquals(16, PollScheduler.poolSize(300));
    }

    @Test
    void noMorePollsRunAtOnceThanThePoolHasThreadsAndEveryTenantIsStillPolled() throws Exception {
        int threads = 2;
        List<String> tenants = List.of("t1", "t2", "t3", "t4", "t5");
        Semaphore entered = new Semaphore(0);
        Semaphore gate = new Semaphore(0);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        Set<String> polled = ConcurrentHashMap.newKeySet();
        TenantStateBoard board = board(tenants.toArray(String[]::new));
        List<TenantPoller> pollers = tenants.stream().map(tenant -> new TenantPoller(tenant, ServiceFilter.ALL,
                new ListingGraph(listing -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    polled.add(tenant + "/" + listing);
                    entered.release();
                    try {
                        gate.acquire();
                    } finally {
                        running.decrementAndGet();
                    }
                }), TRACKER, new RecordingHistory(), board, Clock.systemUTC(), HOURLY)).toList();

        try (PollScheduler scheduler = new PollScheduler(pollers, new Random(7), Clock.systemUTC(), threads)) {
            scheduler.start();
            // Every first poll is due at once; only as many as there are threads get in, and each
            // one let out makes room for exactly one more.
            assertTrue(entered.tryAcquire(threads, 10, TimeUnit.SECONDS), "the pool's threads took the first polls");
            for (int i = threads; i < 2 * tenants.size(); i++) {
                gate.release();
                assertTrue(entered.tryAcquire(10, TimeUnit.SECONDS), "poll " + (i + 1) + " started once a thread was free");
            }
            gate.release(threads);
            Eventually.await("every tenant's polls were published", Duration.ofSeconds(10),
                    () -> tenants.stream().allMatch(t -> board.get(t).polledOnce()));
        } finally {
            gate.release(100);
        }
        assertEquals(threads, mostAtOnce.get(), "polls running at the same time");
        assertEquals(2 * tenants.size(), polled.size(), "listings polled: " + polled);
    }

    @Test
    void everyFirstPollIsDueAtOnceAndEachSecondOneBetweenHalfAnIntervalAndAWholeOne() throws Exception {
        List<String> tenants = List.of("t1", "t2", "t3");
        TenantStateBoard board = board(tenants.toArray(String[]::new));
        List<TenantPoller> pollers = tenants.stream().map(tenant -> new TenantPoller(tenant, ServiceFilter.ALL,
                new ListingGraph(listing -> { }), TRACKER, new RecordingHistory(), board, Clock.systemUTC(),
                new PollIntervals(Duration.ofSeconds(60), Duration.ofMinutes(5)))).toList();
        RecordingTimer timer = new RecordingTimer();

        try (PollScheduler scheduler = new PollScheduler(pollers, new Random(7), Clock.systemUTC(), 6, timer)) {
            scheduler.start();
            Eventually.await("every tenant's first polls were published and the second ones scheduled",
                    Duration.ofSeconds(10), () -> tenants.stream().allMatch(t -> board.get(t).polledOnce())
                            && timer.delays.size() == 12);
        }
        // Start schedules the first polls while the timer already runs them, so the order is free.
        List<Long> delays = List.copyOf(timer.delays);
        assertEquals(6, delays.stream().filter(ms -> ms == 0).count(), "first polls due at once, delays in ms: " + delays);
        assertEquals(3, delays.stream().filter(ms -> ms >= 30_000 && ms <= 60_000).count(), "second health polls: " + delays);
        assertEquals(3, delays.stream().filter(ms -> ms >= 150_000 && ms <= 300_000).count(), "second message polls: " + delays);
    }

    @Test
    void aPollWaitingForAThreadCountsAsRunningSoItsTurnIsSkippedNotQueuedAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger messagePolls = new AtomicInteger();
        TenantStateBoard board = board("contoso");
        MutableClock clock = new MutableClock("2026-11-29T10:00:00Z");
        // Health is scheduled first and takes the only thread; messages, due every 100 ms, waits.
        TenantPoller poller = new TenantPoller("contoso", ServiceFilter.ALL, new ListingGraph(listing -> {
            if (listing.equals("health")) {
                release.await();
            } else {
                messagePolls.incrementAndGet();
            }
        }), TRACKER, new RecordingHistory(), board, Clock.systemUTC(),
                new PollIntervals(Duration.ofHours(1), Duration.ofMillis(100)));

        try (LogCapture log = LogCapture.of(PollScheduler.class.getName(), Level.WARNING);
             PollScheduler scheduler = new PollScheduler(List.of(poller), new Random(7), clock, 1)) {
            scheduler.start();
            Eventually.await("the waiting message poll's next turn was skipped", Duration.ofSeconds(10),
                    () -> log.withParam(Level.WARNING, "listing", "messages").size() == 1);
            clock.advance(SkippedPolls.QUIET_PERIOD);
            Eventually.await("and the turns after it too", Duration.ofSeconds(10),
                    () -> log.withParam(Level.WARNING, "listing", "messages").size() == 2);
            assertEquals(0, messagePolls.get(), "the message poll is still waiting for the thread");
            assertEquals(List.of(), log.withParam(Level.WARNING, "listing", "health"),
                    "health's next turn is an hour away");
            release.countDown();
            Eventually.await("the waiting message poll ran once the thread was free", Duration.ofSeconds(10),
                    () -> messagePolls.get() >= 1);
        } finally {
            release.countDown();
        }
    }

    @Test
    void aTenantStuckInGraphNeverHoldsUpAnotherTenant() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch healthyPolled = new CountDownLatch(2);
        AtomicInteger stuckCalls = new AtomicInteger();
        GraphApi stuck = new ListingGraph(listing -> {
            stuckCalls.incrementAndGet();
            release.await();
        });
        GraphApi healthy = new ListingGraph(listing -> healthyPolled.countDown());
        TenantStateBoard board = board("stuck", "healthy");
        RecordingHistory history = new RecordingHistory();

        try (PollScheduler scheduler = new PollScheduler(List.of(
                new TenantPoller("stuck", ServiceFilter.ALL, stuck, TRACKER, history, board, Clock.systemUTC(), FAST),
                new TenantPoller("healthy", ServiceFilter.ALL, healthy, TRACKER, history, board, Clock.systemUTC(), FAST)),
                new Random(7), Clock.systemUTC())) {
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

    /** The scheduler's real timer, noting the delay of every poll it is asked to schedule. */
    private static final class RecordingTimer extends ScheduledThreadPoolExecutor {
        final List<Long> delays = new CopyOnWriteArrayList<>();

        RecordingTimer() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            delays.add(unit.toMillis(delay));
            return super.schedule(command, delay, unit);
        }
    }

    @FunctionalInterface
    private interface ListingStep {
        void run(String listing) throws InterruptedException;
    }

    /** Runs a step on each health and each message poll, naming the listing; interrupted steps just return. */
    private record ListingGraph(ListingStep step) implements GraphApi {
        @Override
        public List<ServiceHealth> listHealthOverviews(Instant deadline) {
            call("health");
            return List.of();
        }

        @Override
        public List<Issue> listIssues(Instant deadline) {
            return List.of();
        }

        @Override
        public List<Message> listMessages(Instant deadline) {
            call("messages");
            return List.of();
        }

        @Override
        public java.util.Optional<io.github.m365health.health.IncidentReport> incidentReport(String issueId, Instant deadline) {
            return java.util.Optional.empty();
        }

        private void call(String listing) {
            try {
                step.run(listing);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package io.github.m365health.poll;

import io.github.m365health.log.Log;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * Runs every tenant's polls on their own jittered schedules. One timer thread only decides when a
 * poll is due; the poll itself runs on a fixed pool of {@link #poolSize(int)} threads. A poll still
 * running, or still waiting for a thread, when its next turn comes is skipped rather than stacked,
 * so a slow tenant holds at most one thread per listing, and only until its poll's deadline (the
 * poll's retries end before its next turn, see {@link PollIntervals}).
 */
public final class PollScheduler implements AutoCloseable {

    private static final Log LOG = Log.of(PollScheduler.class);

    static final int MAX_THREADS = 16;

    private final List<TenantPoller> pollers;
    private final Jitter jitter;
    private final SkippedPolls skipped;
    private final ScheduledExecutorService timer;
    private final ExecutorService workers;

    public PollScheduler(List<TenantPoller> pollers, RandomGenerator random, Clock clock) {
        this(pollers, random, clock, poolSize(pollers.size()));
    }

    PollScheduler(List<TenantPoller> pollers, RandomGenerator random, Clock clock, int threads) {
        this(pollers, random, clock, threads, Executors.newSingleThreadScheduledExecutor(daemon("m365-poll-timer")));
    }

    /** @param timer decides when polls are due; closed with the scheduler */
    PollScheduler(List<TenantPoller> pollers, RandomGenerator random, Clock clock, int threads,
                  ScheduledExecutorService timer) {
        this.timer = timer;
        this.pollers = List.copyOf(pollers);
        this.jitter = new Jitter(random);
        this.skipped = new SkippedPolls(clock);
        this.workers = Executors.newFixedThreadPool(threads, daemon("m365-poll"));
    }

    /**
     * Threads for polling this many tenants: one per listing (two per tenant), since a listing's
     * poll never overlaps itself, and 16 at the most. A poll mostly waits, on Graph and on the
     * store's one writer, so more threads than cores pay off, but every poll in flight holds its
     * parsed listing (a 300-issue page is megabytes of objects) and competes for the same two
     * cores. Measured with 100 MSP tenants at the 1 s custom interval (bench/run-msp-benchmark.sh):
     * 64 threads kept 51 health polls a tenant a minute with 260 MB of live heap, 24 threads 60
     * with 180 MB, 16 threads 60 with 150 MB and the quickest start. By Little's law 16 threads
     * still keep 300 tenants at the default 60 s on schedule with Graph taking 1.5 s a poll.
     */
    public static int poolSize(int tenants) {
        return Math.min(MAX_THREADS, 2 * Math.max(1, tenants));
    }

    public void start() {
        for (TenantPoller poller : pollers) {
            schedule(poller.tenant(), "health", poller::pollHealth, poller.intervals().health());
            schedule(poller.tenant(), "messages", poller::pollMessages, poller.intervals().messages());
        }
    }

    private void schedule(String tenant, String listing, Runnable poll, Duration interval) {
        AtomicBoolean running = new AtomicBoolean();
        Runnable trigger = new Runnable() {
            private boolean first = true;

            @Override
            public void run() {
                if (running.compareAndSet(false, true)) {
                    workers.execute(() -> {
                        try {
                            poll.run();
                        } catch (RuntimeException e) {
                            LOG.error("poll crashed", e, "tenant", tenant, "listing", listing);
                        } finally {
                            running.set(false);
                        }
                    });
                } else {
                    skipped.skipped(tenant, listing);
                }
                reschedule(this, first ? jitter.second(interval) : jitter.next(interval));
                first = false;
            }
        };
        // Due at once: readiness waits for every first poll, and the pool bounds how many run together.
        reschedule(trigger, Duration.ZERO);
    }

    private void reschedule(Runnable trigger, Duration delay) {
        if (!timer.isShutdown()) {
            timer.schedule(trigger, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

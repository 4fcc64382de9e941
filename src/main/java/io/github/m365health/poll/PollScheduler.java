package io.github.m365health.poll;

import io.github.m365health.log.Log;
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
 * poll is due; the poll itself runs on a pool that grows as needed, so a tenant stuck in retries
 * never holds up another tenant's poll. A poll still running when its next turn comes is skipped
 * rather than stacked.
 */
public final class PollScheduler implements AutoCloseable {

    private static final Log LOG = Log.of(PollScheduler.class);

    private final List<TenantPoller> pollers;
    private final Jitter jitter;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("m365-poll-timer"));
    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("m365-poll"));

    public PollScheduler(List<TenantPoller> pollers, RandomGenerator random) {
        this.pollers = List.copyOf(pollers);
        this.jitter = new Jitter(random);
    }

    public void start() {
        for (TenantPoller poller : pollers) {
            schedule(poller.tenant() + "/health", poller::pollHealth, poller.intervals().health());
            schedule(poller.tenant() + "/messages", poller::pollMessages, poller.intervals().messages());
        }
    }

    private void schedule(String name, Runnable poll, Duration interval) {
        AtomicBoolean running = new AtomicBoolean();
        Runnable trigger = new Runnable() {
            @Override
            public void run() {
                if (running.compareAndSet(false, true)) {
                    workers.execute(() -> {
                        try {
                            poll.run();
                        } catch (RuntimeException e) {
                            LOG.error("poll crashed", e, "poll", name);
                        } finally {
                            running.set(false);
                        }
                    });
                } else {
                    LOG.warn("poll skipped: the previous one is still running", "poll", name);
                }
                reschedule(this, jitter.next(interval));
            }
        };
        reschedule(trigger, jitter.first(interval));
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

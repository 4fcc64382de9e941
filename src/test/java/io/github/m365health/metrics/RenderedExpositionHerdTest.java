package io.github.m365health.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.config.TenantShard;
import io.github.m365health.health.TenantState;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Many scrapes arriving right after a tenant published a new state render that state once: the
 * first renders it, the others wait for its fragment instead of rendering it again each.
 */
class RenderedExpositionHerdTest {

    private static final int SCRAPERS = 8;

    @Test
    void concurrentScrapesOfANewStateRenderItOnce() throws Exception {
        AtomicReference<List<TenantState>> published = new AtomicReference<>(List.of(StoryStates.contoso()));
        BlockingSection section = new BlockingSection();
        ExporterCollector collector = new ExporterCollector(published::get, Scrapes.BUILD, TenantShard.ALL,
                new GraphCounters(), new PollSection(), List.of(new IssueSection(), section));
        RenderedExposition rendered = new RenderedExposition(collector);
        section.release.countDown();
        scrape(rendered);
        int before = section.renders.get();

        section.armAgain();
        published.set(List.of(StoryStates.contoso()));
        ExecutorService scrapers = Executors.newFixedThreadPool(SCRAPERS);
        try {
            List<Future<String>> scrapes = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < SCRAPERS; i++) {
                scrapes.add(scrapers.submit(() -> {
                    synchronized (threads) {
                        threads.add(Thread.currentThread());
                    }
                    return scrape(rendered);
                }));
            }
            assertTrue(section.entered.await(30, TimeUnit.SECONDS), "one scrape started rendering");
            // Wait until every other scrape either waits for that render or renders itself too.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (waiting(threads, section) < SCRAPERS - 1 && section.renders.get() == before + 1
                    && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            section.release.countDown();
            String first = scrapes.get(0).get();
            for (Future<String> scrape : scrapes) {
                assertEquals(first, scrape.get(), "every scrape got the same answer");
            }
        } finally {
            scrapers.shutdownNow();
        }
        assertEquals(before + 1, section.renders.get(), "the new state was rendered once for " + SCRAPERS + " scrapes");
    }

    private static int waiting(List<Thread> threads, BlockingSection section) {
        int waiting = 0;
        synchronized (threads) {
            for (Thread thread : threads) {
                if (thread != section.renderer.get() && thread.getState() == Thread.State.BLOCKED) {
                    waiting++;
                }
            }
        }
        return waiting;
    }

    private static String scrape(RenderedExposition rendered) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rendered.write(ExpositionFormat.TEXT, Set.of(), false, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A section that counts its renders and holds the first of each round until released. */
    private static final class BlockingSection implements TenantSection {
        final AtomicInteger renders = new AtomicInteger();
        final AtomicReference<Thread> renderer = new AtomicReference<>();
        volatile CountDownLatch entered = new CountDownLatch(1);
        volatile CountDownLatch release = new CountDownLatch(1);

        void armAgain() {
            renderer.set(null);
            entered = new CountDownLatch(1);
            release = new CountDownLatch(1);
        }

        @Override
        public void render(TenantState state, Families into) {
            renders.incrementAndGet();
            renderer.compareAndSet(null, Thread.currentThread());
            entered.countDown();
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

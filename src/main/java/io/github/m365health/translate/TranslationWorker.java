package io.github.m365health.translate;

import io.github.m365health.log.Log;
import io.github.m365health.store.StoreException;
import io.github.m365health.store.TranslationRecords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Translates what polls stored, on one thread of its own behind a bounded queue: a poll hands its
 * texts over and returns at once, whatever the translator does. Each text is sent once per
 * provider and language, ever: what the store already holds is skipped, and what comes back is
 * kept there. A problem is logged once until it changes; nothing of a failed call is kept.
 */
public final class TranslationWorker implements AutoCloseable {

    private static final Log LOG = Log.of(TranslationWorker.class);

    /** A batch that takes longer than this is given up and tried again after a later poll. */
    static final Duration BATCH_DEADLINE = Duration.ofMinutes(2);
    /** After a refused key or a spent quota, sending pauses this long instead of failing every poll. */
    static final Duration PAUSE_AFTER_REFUSAL = Duration.ofMinutes(15);

    private final TranslationProvider provider;
    private final String target;
    private final TranslationRecords records;
    private final TranslationBudget budget;
    private final TranslationTelemetry telemetry;
    private final Clock clock;
    private final ThreadPoolExecutor executor;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private volatile String lastProblem = "";
    private volatile String unavailable;
    private volatile Instant pausedUntil = Instant.MIN;

    public TranslationWorker(TranslationProvider provider, String target, TranslationRecords records,
                             java.util.OptionalLong monthlyBudget, TranslationTelemetry telemetry, Clock clock,
                             int queueCapacity) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.target = Objects.requireNonNull(target, "target");
        this.records = Objects.requireNonNull(records, "records");
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.budget = new TranslationBudget(monthlyBudget, clock, records, provider.name());
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity),
                runnable -> {
                    Thread thread = new Thread(runnable, "m365-translation");
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** What the pages show: stored translations, and this worker's reasons when there are none. */
    public TranslationLookup lookup() {
        return new StoredTranslations(records, provider.name(), target, () -> unavailable, budget::reached);
    }

    /** Queues texts for translation and returns at once; false when the queue was full or closed. */
    public boolean submit(List<SourceText> texts) {
        List<SourceText> copy = List.copyOf(texts);
        if (copy.stream().allMatch(t -> t.isBlank() || known.contains(t.sha256()))) {
            return true;
        }
        try {
            executor.execute(() -> translate(copy));
            return true;
        } catch (RejectedExecutionException e) {
            // The next poll hands the same texts over again.
            LOG.debug("translation queue full; these texts wait for a later poll", "provider", provider.name());
            return false;
        }
    }

    /** Translates what is not yet stored, in batches within the provider's limits; runs on the worker thread. */
    void translate(List<SourceText> texts) {
        if (unavailable != null || clock.instant().isBefore(pausedUntil)) {
            return;
        }
        try {
            List<String> missing = missing(texts);
            List<String> sendable = new ArrayList<>();
            for (String fragment : missing) {
                if (Batches.fits(fragment, provider.limits())) {
                    sendable.add(fragment);
                } else if (refused.add(SourceTextHash.of(fragment))) {
                    LOG.warn("text too long for one translation request; it is shown untranslated",
                            "provider", provider.name(), "characters", Batches.characters(fragment));
                }
            }
            for (List<String> batch : Batches.split(sendable, provider.limits())) {
                List<String> affordable = withinBudget(batch);
                long characters = affordable.stream().mapToLong(Batches::characters).sum();
                if (!affordable.isEmpty() && !send(affordable, characters)) {
                    return;
                }
                if (affordable.size() < batch.size()) {
                    budget.allows(batch.stream().mapToLong(Batches::characters).sum());
                    return;
                }
            }
        } catch (StoreException e) {
            problem("translation not stored", e.getMessage());
        } catch (Exception e) {
            // OkHttp can rethrow an interruption undeclared when the worker is stopped mid-call.
            if (!(e instanceof InterruptedException) && !Thread.currentThread().isInterrupted()) {
                problem("translation failed", e.toString());
            }
        }
    }

    /** The leading texts of a batch that this month's budget still pays for. */
    private List<String> withinBudget(List<String> batch) throws StoreException {
        long left = budget.remaining();
        int fits = 0;
        for (String text : batch) {
            left -= Batches.characters(text);
            if (left < 0) {
                break;
            }
            fits++;
        }
        return batch.subList(0, fits);
    }

    private List<String> missing(List<SourceText> texts) throws StoreException {
        Map<String, String> byHash = new LinkedHashMap<>();
        for (SourceText text : texts) {
            if (!text.isBlank()) {
                String hash = text.sha256();
                if (!known.contains(hash) && !refused.contains(hash)) {
                    byHash.putIfAbsent(hash, text.fragment());
                }
            }
        }
        if (byHash.isEmpty()) {
            return List.of();
        }
        Set<String> stored = records.find(provider.name(), target, byHash.keySet()).keySet();
        known.addAll(stored);
        stored.forEach(byHash::remove);
        return List.copyOf(byHash.values());
    }

    /** @return whether to go on with the next batch */
    private boolean send(List<String> batch, long characters) throws StoreException {
        List<String> translated;
        try {
            translated = provider.translate(batch, clock.instant().plus(BATCH_DEADLINE));
        } catch (TranslationException e) {
            return failed(batch, characters, e);
        }
        List<TranslationRecords.Entry> entries = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            entries.add(new TranslationRecords.Entry(SourceTextHash.of(batch.get(i)), HtmlFragments.sanitize(translated.get(i))));
        }
        records.save(provider.name(), target, entries, budget.month(), characters, clock.instant());
        telemetry.charactersSent(provider.name(), characters);
        entries.forEach(entry -> known.add(entry.sourceSha256()));
        if (!lastProblem.isEmpty()) {
            lastProblem = "";
            LOG.info("translation works again", "provider", provider.name());
        }
        LOG.debug("texts translated", "provider", provider.name(), "texts", batch.size(), "characters", characters);
        return true;
    }

    private boolean failed(List<String> batch, long characters, TranslationException e) throws StoreException {
        problem("translation failed", e.getMessage());
        switch (e.kind()) {
            case LANGUAGE -> unavailable = e.getMessage();
            case KEY, QUOTA -> pausedUntil = clock.instant().plus(PAUSE_AFTER_REFUSAL);
            // A Retry-After longer than a batch may wait still holds the polls that come before it passes.
            case TRANSIENT -> pausedUntil = clock.instant().plus(e.retryAfter());
            case BAD_RESPONSE -> {
                // The provider answered, so it bills these characters; sending them again would bill them again.
                records.addUsage(provider.name(), budget.month(), characters);
                telemetry.charactersSent(provider.name(), characters);
                batch.forEach(fragment -> refused.add(SourceTextHash.of(fragment)));
                return true;
            }
            default -> {
            }
        }
        return false;
    }

    private void problem(String what, String message) {
        if (!message.equals(lastProblem)) {
            lastProblem = message;
            LOG.warn(what, "provider", provider.name(), "err", message);
        }
    }

    /** True while this month's character budget is spent. */
    public boolean budgetReached() {
        return budget.reached();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets tests wait until everything queued before this call was handled, without sleeping. */
    void awaitIdle(Duration timeout) throws Exception {
        // One thread, first in first out: when this empty task has run, every earlier one has.
        executor.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}

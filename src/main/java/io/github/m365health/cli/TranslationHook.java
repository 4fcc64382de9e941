package io.github.m365health.cli;

import io.github.m365health.config.TranslationConfig;
import io.github.m365health.graph.Sleeper;
import io.github.m365health.health.Issue;
import io.github.m365health.health.Message;
import io.github.m365health.log.Log;
import io.github.m365health.poll.PollListener;
import io.github.m365health.store.SqliteHistory;
import io.github.m365health.store.StoreException;
import io.github.m365health.store.TranslationRecords;
import io.github.m365health.translate.TranslationProvider;
import io.github.m365health.translate.TranslationSources;
import io.github.m365health.translate.TranslationTelemetry;
import io.github.m365health.translate.TranslationWorker;
import io.github.m365health.translate.Translators;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/** Hands what each poll stored to the translation worker, after the poll's commit. */
final class TranslationHook implements PollListener {

    private static final Log LOG = Log.of(TranslationHook.class);

    /** Polls waiting for the worker; a poll that finds the queue full is simply offered again next time. */
    static final int QUEUE_CAPACITY = 32;

    private final TranslationWorker worker;

    TranslationHook(TranslationWorker worker) {
        this.worker = worker;
    }

    /** The worker for the configured translation, counting into {@code telemetry} from the stored total. */
    static TranslationWorker startWorker(TranslationConfig config, SqliteHistory history, TranslationTelemetry telemetry,
                                         Clock clock) throws StoreException {
        TranslationProvider provider = Translators.create(config, clock, Sleeper.REAL, telemetry, new SecureRandom());
        TranslationRecords records = history.translations();
        telemetry.charactersSent(provider.name(), records.charactersTotal(provider.name()));
        LOG.info("translation enabled", "provider", provider.name(), "to", config.to(), "endpoint", config.endpoint(),
                "monthly_character_budget", config.monthlyCharacterBudget().isPresent()
                        ? config.monthlyCharacterBudget().getAsLong() : "unlimited");
        return new TranslationWorker(provider, config.to(), records, config.monthlyCharacterBudget(), telemetry, clock,
                QUEUE_CAPACITY);
    }

    @Override
    public void healthStored(String tenant, List<Issue> issues) {
        worker.submit(TranslationSources.ofIssues(issues));
    }

    @Override
    public void messagesStored(String tenant, List<Message> messages) {
        worker.submit(TranslationSources.ofMessages(messages));
    }
}

package io.github.m365health.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.config.TranslationConfig;
import io.github.m365health.demo.TranslatorStandIn;
import io.github.m365health.graph.Sleeper;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueFixture;
import io.github.m365health.store.SqliteHistory;
import io.github.m365health.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text costs one translation, ever: two tenants seeing the same incident, the same post seen by
 * every poll, and a restart of the exporter send nothing more. The demo's translator counts what
 * it is sent; the cache is a real store file.
 */
class TranslateOnceTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock("2026-01-08T12:00:00Z");
    private final TranslatorStandIn standIn = TranslatorStandIn.start();

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void sendsEachTextOnceAcrossTwoTenantsRepeatedPollsAndARestart() throws Exception {
        List<Issue> incident = List.of(IssueFixture.ex1215307Restored());
        List<SourceText> texts = TranslationSources.ofIssues(incident);

        try (SqliteHistory history = open(); TranslationWorker worker = worker(history)) {
            worker.submit(texts);             // contoso's poll
            worker.submit(texts);             // fabrikam's poll of the same incident
            worker.submit(texts);             // contoso's next poll
            worker.awaitIdle(Duration.ofSeconds(10));
        }
        try (SqliteHistory history = open(); TranslationWorker worker = worker(history)) {
            worker.submit(texts);
            worker.awaitIdle(Duration.ofSeconds(10));
            for (SourceText text : texts) {
                assertInstanceOf(TranslationView.Translated.class, shown(worker, text), "every text is in the cache");
            }
        }

        assertEquals(1, standIn.requests(), "one request carried them all");
        assertEquals(texts.stream().map(SourceText::fragment).distinct().count(), standIn.textsSent().size());
        standIn.textsSent().forEach((text, times) -> assertEquals(1, times, "sent more than once: " + text));
    }

    @Test
    void showsTheTranslationWithItsLanguageAndProviderAndATitleAsText() throws Exception {
        try (SqliteHistory history = open(); TranslationWorker worker = worker(history)) {
            SourceText title = SourceText.title("Exchange <Online> & IMAP");
            assertInstanceOf(TranslationView.Pending.class, shown(worker, title));

            worker.submit(List.of(title));
            worker.awaitIdle(Duration.ofSeconds(10));

            var shown = assertInstanceOf(TranslationView.Translated.class, shown(worker, title));
            assertEquals("ja", shown.language());
            assertEquals("libretranslate", shown.provider());
            assertTrue(shown.text().contains("<Ｏｎｌｉｎｅ> & ＩＭＡＰ"), shown.text());
        }
    }

    private SqliteHistory open() throws Exception {
        return SqliteHistory.open(dir.resolve("store.db"), Duration.ofDays(400), Duration.ofDays(7), clock);
    }

    private TranslationWorker worker(SqliteHistory history) {
        TranslationConfig config = new TranslationConfig(TranslationConfig.Provider.LIBRETRANSLATE, "ja",
                standIn.endpoint(), Optional.empty(), Optional.empty(), OptionalLong.empty());
        TranslationProvider provider = Translators.create(config, clock, Sleeper.REAL, TranslationTelemetry.NONE,
                new Random(1));
        return new TranslationWorker(provider, "ja", history.translations(), OptionalLong.empty(),
                TranslationTelemetry.NONE, clock, 8);
    }

    /** What the pages would show for {@code text}. */
    private static TranslationView shown(TranslationWorker worker, SourceText text) {
        return ((StoredTranslations) worker.lookup()).lookup(text);
    }
}

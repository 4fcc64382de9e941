package io.github.m365health.translate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.m365health.config.TranslationConfig.Provider;
import io.github.m365health.store.SqliteHistory;
import io.github.m365health.testing.LogCapture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The worker against a provider that misbehaves, and the monthly budget. */
class TranslationWorkerTest {

    @RegisterExtension
    static WireMockExtension server = TranslatorTestKit.newServer();

    @TempDir
    Path dir;

    private final TranslatorTestKit kit = new TranslatorTestKit(server);
    private SqliteHistory history;
    private LogCapture log;

    @BeforeEach
    void open() throws Exception {
        history = SqliteHistory.open(dir.resolve("store.db"), Duration.ofDays(400),
                Duration.ofDays(7), kit.clock);
        log = LogCapture.of("io.github.m365health.translate", Level.INFO);
    }

    @AfterEach
    void close() throws Exception {
        log.close();
        history.close();
    }

    private TranslationWorker worker(OptionalLong budget) {
        TranslationProvider provider = kit.provider(kit.config(Provider.AZURE, "ja", Optional.empty(),
                Optional.of(TranslatorTestKit.KEY), budget));
        return new TranslationWorker(provider, "ja", history.translations(), budget, kit.telemetry, kit.clock, 4);
    }

    private static List<SourceText> titles(String... titles) {
        return java.util.Arrays.stream(titles).map(SourceText::title).toList();
    }

    private List<String> warnings() {
        return log.records().stream().filter(r -> r.getLevel().equals(Level.WARNING))
                .map(r -> r.getMessage() + " " + java.util.Arrays.toString(r.getParameters())).toList();
    }

    @Test
    void keepsNothingOfAnAnswerWithFewerTranslationsAndSaysSoOnce() throws Exception {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(okJson(
                "[{\"translations\":[{\"text\":\"一\",\"to\":\"ja\"}]}]")));
        try (TranslationWorker worker = worker(OptionalLong.empty())) {
            List<SourceText> texts = titles("One", "Two");

            worker.translate(texts);
            worker.translate(texts);

            texts.forEach(t -> assertInstanceOf(TranslationView.Pending.class, shown(worker, t)));
            server.verify(1, postRequestedFor(urlPathEqualTo("/translate")));
            assertEquals(1, warnings().size(), warnings().toString());
            assertTrue(warnings().get(0).contains("azure returned 1 translations for 2 texts; none of this batch was kept"));
            assertEquals(6, kit.characters, "the provider answered, so the characters were billed and are counted");
        }
    }

    @Test
    void pausesAfterARefusedKeyInsteadOfFailingEveryPoll() throws Exception {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"code\":401000,\"message\":\"invalid key\"}}")));
        try (TranslationWorker worker = worker(OptionalLong.empty())) {
            worker.translate(titles("One"));
            kit.clock.advance(Duration.ofMinutes(1));
            worker.translate(titles("One"));
            server.verify(1, postRequestedFor(urlPathEqualTo("/translate")));

            kit.clock.advance(TranslationWorker.PAUSE_AFTER_REFUSAL);
            worker.translate(titles("One"));
            server.verify(2, postRequestedFor(urlPathEqualTo("/translate")));
            assertEquals(1, warnings().size(), "the same problem is logged once: " + warnings());
            assertTrue(warnings().get(0).contains("the key was refused"));
        }
    }

    @Test
    void holdsLaterPollsUntilALongRetryAfterHasPassed() throws Exception {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "900").withBody("{}")));
        try (TranslationWorker worker = worker(OptionalLong.empty())) {
            // Within the batch's two minutes: one retry after the capped wait of 120 s, then 900 s hold.
            worker.translate(titles("One"));
            server.verify(2, postRequestedFor(urlPathEqualTo("/translate")));
            assertEquals(List.of(Duration.ofSeconds(120)), kit.waits);
            kit.clock.advance(Duration.ofMinutes(10));
            worker.translate(titles("One"));
            server.verify(2, postRequestedFor(urlPathEqualTo("/translate")));

            kit.clock.advance(Duration.ofMinutes(6));
            worker.translate(titles("One"));
            assertTrue(server.findAll(postRequestedFor(urlPathEqualTo("/translate"))).size() > 2, "tried again");
            assertTrue(warnings().get(0).contains("throttled (Retry-After 900)"), warnings().toString());
        }
    }

    @Test
    void stopsForGoodWhenTheLanguageIsRefusedAndTellsThePages() throws Exception {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":{\"code\":400036,\"message\":\"The target language is not valid.\"}}")));
        try (TranslationWorker worker = worker(OptionalLong.empty())) {
            worker.translate(titles("One"));
            kit.clock.advance(Duration.ofDays(1));
            worker.translate(titles("Two"));

            server.verify(1, postRequestedFor(urlPathEqualTo("/translate")));
            var view = assertInstanceOf(TranslationView.Unavailable.class, shown(worker, SourceText.title("Two")));
            assertTrue(view.reason().contains("target language \"ja\" was refused"));
        }
    }

    @Test
    void stopsAtTheMonthlyBudgetSaysSoOnceAndResumesNextMonth() throws Exception {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withTransformers(EchoTranslations.NAME)));
        try (TranslationWorker worker = worker(OptionalLong.of(100))) {
            List<SourceText> texts = titles("a".repeat(60), "b".repeat(30), "c".repeat(50));

            worker.translate(texts);
            worker.translate(texts);

            assertInstanceOf(TranslationView.Translated.class, shown(worker, texts.get(0)));
            assertInstanceOf(TranslationView.Translated.class, shown(worker, texts.get(1)));
            assertInstanceOf(TranslationView.BudgetReached.class, shown(worker, texts.get(2)));
            assertTrue(worker.budgetReached());
            assertEquals(90, history.translations().charactersIn("azure", YearMonth.of(2026, 1)));
            server.verify(1, postRequestedFor(urlPathEqualTo("/translate")));
            assertEquals(1, warnings().size(), warnings().toString());
            assertTrue(warnings().get(0).startsWith("translation budget reached"));

            kit.clock.set("2026-02-01T00:00:00Z");
            assertFalse(worker.budgetReached(), "a new month, a new budget");
            worker.translate(texts);

            assertInstanceOf(TranslationView.Translated.class, shown(worker, texts.get(2)));
            assertEquals(50, history.translations().charactersIn("azure", YearMonth.of(2026, 2)));
            assertEquals(140, kit.characters);
        }
    }

    @Test
    void sanitizesWhatComesBackLikeTheOriginal() throws Exception {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(okJson("""
                [{"translations":[{"text":"<p onclick=\\"x()\\">復旧<script>alert(1)</script><a href=\\"javascript:x()\\">リンク</a></p>","to":"ja"}]}]""")));
        try (TranslationWorker worker = worker(OptionalLong.empty())) {
            SourceText post = SourceText.body("<p>Restored <a href=\"https://example.com\">link</a></p>");

            worker.translate(List.of(post));

            var shown = assertInstanceOf(TranslationView.Translated.class, shown(worker, post));
            assertEquals("<p>復旧<a>リンク</a></p>", shown.text());
        }
    }

    @Test
    void turnsPlainTextPostsIntoHtmlWithTheirLineBreaks() {
        SourceText post = SourceText.body("Title: A < B\nUser impact: none");

        assertEquals("Title: A &lt; B<br>User impact: none", post.fragment());
    }

    @Test
    void neverBlocksThePollWhenTheQueueIsFull() throws Exception {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withTransformers(EchoTranslations.NAME)
                .withFixedDelay(300)));
        try (TranslationWorker worker = worker(OptionalLong.empty())) {
            int accepted = 0;
            for (int i = 0; i < 20; i++) {
                accepted += worker.submit(titles("text " + i)) ? 1 : 0;
            }
            assertTrue(accepted < 20, "a full queue turns texts away instead of waiting: " + accepted);
            assertTrue(accepted >= 4, "the queue holds its capacity: " + accepted);
        }
    }

    /** What the pages would show for {@code text}. */
    private static TranslationView shown(TranslationWorker worker, SourceText text) {
        return ((StoredTranslations) worker.lookup()).lookup(text);
    }
}

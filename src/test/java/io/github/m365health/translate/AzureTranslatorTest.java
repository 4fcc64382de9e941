package io.github.m365health.translate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.m365health.config.TranslationConfig.Provider;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Azure AI Translator Text v3 as documented: request shape, array answer, limits and errors. */
class AzureTranslatorTest {

    @RegisterExtension
    static WireMockExtension server = TranslatorTestKit.newServer();

    private final TranslatorTestKit kit = new TranslatorTestKit(server);

    private TranslationProvider azure(Optional<String> region) {
        return kit.provider(kit.config(Provider.AZURE, "ja", region, Optional.of(TranslatorTestKit.KEY),
                OptionalLong.empty()));
    }

    @Test
    void sendsTextsAsHtmlWithKeyAndRegionAndReadsTheTranslationsInOrder() throws Exception {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(okJson("""
                [{"translations":[{"text":"<p>こんにちは <b>世界</b></p>","to":"ja"}]},
                 {"translations":[{"text":"タイトル","to":"ja"}]}]""")));

        List<String> out = azure(Optional.of("japaneast")).translate(
                List.of("<p>Hello <b>world</b></p>", "Title"), kit.deadline());

        assertEquals(List.of("<p>こんにちは <b>世界</b></p>", "タイトル"), out);
        server.verify(postRequestedFor(urlPathEqualTo("/translate"))
                .withQueryParam("api-version", equalTo("3.0"))
                .withQueryParam("to", equalTo("ja"))
                .withQueryParam("textType", equalTo("html"))
                .withHeader("Ocp-Apim-Subscription-Key", equalTo(TranslatorTestKit.KEY))
                .withHeader("Ocp-Apim-Subscription-Region", equalTo("japaneast"))
                .withRequestBody(equalToJson("[{\"Text\":\"<p>Hello <b>world</b></p>\"},{\"Text\":\"Title\"}]")));
        assertEquals(List.of("azure:200"), kit.codes);
    }

    @Test
    void leavesTheRegionHeaderOutForAGlobalResource() throws Exception {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(okJson(
                "[{\"translations\":[{\"text\":\"はい\",\"to\":\"ja\"}]}]")));

        azure(Optional.empty()).translate(List.of("Yes"), kit.deadline());

        assertFalse(server.findAll(postRequestedFor(urlPathEqualTo("/translate"))).get(0)
                .containsHeader("Ocp-Apim-Subscription-Region"));
    }

    @Test
    void namesARefusedKeyAsAKeyProblem() {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":401000,\"message\":\"The request is not authorized because credentials are missing or invalid.\"}}")));

        TranslationException e = assertThrows(TranslationException.class,
                () -> azure(Optional.empty()).translate(List.of("Hello"), kit.deadline()));

        assertEquals(TranslationException.Kind.KEY, e.kind());
        assertTrue(e.getMessage().startsWith("azure translation failed: HTTP 401 401000: the key was refused;"), e.getMessage());
        assertTrue(e.getMessage().contains("translation.region"), e.getMessage());
        assertFalse(e.getMessage().contains(TranslatorTestKit.KEY), "the key never shows");
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void showsTheRefusedTargetLanguageWithAzuresOwnReason() {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":400036,\"message\":\"The target language is not valid.\"}}")));

        TranslationException e = assertThrows(TranslationException.class,
                () -> azure(Optional.empty()).translate(List.of("Hello"), kit.deadline()));

        assertEquals(TranslationException.Kind.LANGUAGE, e.kind());
        assertEquals("azure translation failed: HTTP 400 400036: target language \"ja\" was refused; set translation.to"
                + " to a language azure supports (The target language is not valid.)", e.getMessage());
    }

    @Test
    void waitsAsRetryAfterSaysOn429AndThenSucceeds() throws Exception {
        server.stubFor(post(urlPathEqualTo("/translate")).inScenario("throttled").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                        .withBody("{\"error\":{\"code\":429001,\"message\":\"The server rejected the request because the client has exceeded request limits.\"}}"))
                .willSetStateTo("calm"));
        server.stubFor(post(urlPathEqualTo("/translate")).inScenario("throttled").whenScenarioStateIs("calm")
                .willReturn(okJson("[{\"translations\":[{\"text\":\"はい\",\"to\":\"ja\"}]}]")));

        List<String> out = azure(Optional.empty()).translate(List.of("Yes"), kit.deadline());

        assertEquals(List.of("はい"), out);
        assertEquals(List.of(Duration.ofSeconds(7)), kit.waits);
        assertEquals(List.of("azure:429", "azure:200"), kit.codes);
    }

    @Test
    void givesUpOn429WhenRetryAfterWouldPassTheDeadlineAndSaysSo() {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "600").withBody("{}")));

        TranslationException e = assertThrows(TranslationException.class,
                () -> azure(Optional.empty()).translate(List.of("Yes"), kit.clock.instant().plusSeconds(60)));

        assertEquals(TranslationException.Kind.TRANSIENT, e.kind());
        assertTrue(e.getMessage().contains("HTTP 429: throttled (Retry-After 600)"), e.getMessage());
        assertTrue(kit.waits.isEmpty(), "no wait past the deadline");
        assertEquals(List.of("azure:429"), kit.codes);
    }

    @Test
    void refusesAnAnswerWithFewerTranslationsThanTextsSent() {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(okJson(
                "[{\"translations\":[{\"text\":\"一\",\"to\":\"ja\"}]}]")));

        TranslationException e = assertThrows(TranslationException.class,
                () -> azure(Optional.empty()).translate(List.of("One", "Two"), kit.deadline()));

        assertEquals(TranslationException.Kind.BAD_RESPONSE, e.kind());
        assertEquals("azure returned 1 translations for 2 texts; none of this batch was kept", e.getMessage());
    }

    @Test
    void retriesAServerErrorWithBackoff() throws Exception {
        server.stubFor(post(urlPathEqualTo("/translate")).inScenario("flaky").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        server.stubFor(post(urlPathEqualTo("/translate")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okJson("[{\"translations\":[{\"text\":\"はい\",\"to\":\"ja\"}]}]")));

        assertEquals(List.of("はい"), azure(Optional.empty()).translate(List.of("Yes"), kit.deadline()));
        assertEquals(1, kit.waits.size());
        assertTrue(kit.waits.get(0).compareTo(Duration.ofSeconds(1)) <= 0 && !kit.waits.get(0).isNegative());
    }

    @Test
    void splitsAtThousandElementsAndAtFiftyThousandCharacters() {
        List<List<String>> byCount = Batches.split(TranslatorTestKit.texts(1001, "t"), AzureTranslator.LIMITS);
        assertEquals(List.of(1000, 1), byCount.stream().map(List::size).toList());

        String half = "x".repeat(25_000);
        List<List<String>> exact = Batches.split(List.of(half, half), AzureTranslator.LIMITS);
        assertEquals(1, exact.size(), "50,000 characters fit in one request");
        List<List<String>> over = Batches.split(List.of(half, half, "y"), AzureTranslator.LIMITS);
        assertEquals(List.of(2, 1), over.stream().map(List::size).toList());
    }

    @Test
    void sendsEveryRequestWithinAzuresLimitsThroughTheWorker() throws Exception {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse()
                .withTransformers(EchoTranslations.NAME)));
        List<String> texts = TranslatorTestKit.texts(1500, "Service degradation");
        List<String> out = new java.util.ArrayList<>();
        for (List<String> batch : Batches.split(texts, AzureTranslator.LIMITS)) {
            out.addAll(azure(Optional.empty()).translate(batch, kit.deadline()));
        }

        assertEquals(1500, out.size());
        List<JsonNode> bodies = kit.requestBodies("/translate");
        assertEquals(2, bodies.size());
        for (JsonNode body : bodies) {
            assertTrue(body.size() <= 1000);
        }
    }
}

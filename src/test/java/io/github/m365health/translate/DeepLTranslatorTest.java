package io.github.m365health.translate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.m365health.config.TranslationConfig.Provider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DeepL's /v2/translate as documented: JSON body, DeepL-Auth-Key, 50 texts and 128 KiB, 456. */
class DeepLTranslatorTest {

    @RegisterExtension
    static WireMockExtension server = TranslatorTestKit.newServer();

    private final TranslatorTestKit kit = new TranslatorTestKit(server);

    private TranslationProvider deepl() {
        return kit.provider(kit.config(Provider.DEEPL, "ja", Optional.empty(), Optional.of("abc-123:fx"),
                OptionalLong.empty()));
    }

    @Test
    void sendsTheDocumentedJsonBodyWithTheAuthKeyAndKeepsTheMarkup() throws Exception {
        server.stubFor(post(urlPathEqualTo("/v2/translate")).willReturn(okJson("""
                {"translations":[{"detected_source_language":"EN","text":"<p>サービスは<b>復旧</b>しました</p>"}]}""")));

        List<String> out = deepl().translate(List.of("<p>Service is <b>restored</b></p>"), kit.deadline());

        assertEquals(List.of("<p>サービスは<b>復旧</b>しました</p>"), out);
        server.verify(postRequestedFor(urlPathEqualTo("/v2/translate"))
                .withHeader("Authorization", equalTo("DeepL-Auth-Key abc-123:fx"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"text":["<p>Service is <b>restored</b></p>"],"target_lang":"JA","tag_handling":"html"}""")));
    }

    @Test
    void reportsQuotaExceededOn456() {
        server.stubFor(post(urlPathEqualTo("/v2/translate")).willReturn(aResponse().withStatus(456)
                .withBody("{\"message\":\"Quota Exceeded\"}")));

        TranslationException e = assertThrows(TranslationException.class, () -> deepl().translate(List.of("Hi"), kit.deadline()));

        assertEquals(TranslationException.Kind.QUOTA, e.kind());
        assertEquals("deepl translation failed: HTTP 456: the account's character quota is used up; translation"
                + " resumes when the provider's quota renews (Quota Exceeded)", e.getMessage());
    }

    @Test
    void namesA403AsAKeyProblem() {
        server.stubFor(post(urlPathEqualTo("/v2/translate")).willReturn(aResponse().withStatus(403)
                .withBody("{\"message\":\"Wrong endpoint. Use https://api.deepl.com\"}")));

        TranslationException e = assertThrows(TranslationException.class, () -> deepl().translate(List.of("Hi"), kit.deadline()));

        assertEquals(TranslationException.Kind.KEY, e.kind());
        assertTrue(e.getMessage().startsWith("deepl translation failed: HTTP 403: the key was refused; check"
                + " translation.key_file or key_env (Wrong endpoint."), e.getMessage());
    }

    @Test
    void showsTheRefusedTargetLanguage() {
        server.stubFor(post(urlPathEqualTo("/v2/translate")).willReturn(aResponse().withStatus(400)
                .withBody("{\"message\":\"Value for 'target_lang' not supported.\"}")));

        TranslationException e = assertThrows(TranslationException.class, () -> deepl().translate(List.of("Hi"), kit.deadline()));

        assertEquals(TranslationException.Kind.LANGUAGE, e.kind());
        assertTrue(e.getMessage().contains("target language \"ja\" was refused"), e.getMessage());
    }

    @Test
    void refusesFewerTranslationsThanTexts() {
        server.stubFor(post(urlPathEqualTo("/v2/translate")).willReturn(okJson(
                "{\"translations\":[{\"detected_source_language\":\"EN\",\"text\":\"一\"}]}")));

        TranslationException e = assertThrows(TranslationException.class,
                () -> deepl().translate(List.of("One", "Two", "Three"), kit.deadline()));

        assertEquals(TranslationException.Kind.BAD_RESPONSE, e.kind());
    }

    @Test
    void retriesA429AfterItsRetryAfter() throws Exception {
        server.stubFor(post(urlPathEqualTo("/v2/translate")).inScenario("busy").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")).willSetStateTo("free"));
        server.stubFor(post(urlPathEqualTo("/v2/translate")).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(aResponse().withTransformers(EchoTranslations.NAME)));

        assertEquals(List.of("ja:Hi"), deepl().translate(List.of("Hi"), kit.deadline()));
        assertEquals(List.of(Duration.ofSeconds(3)), kit.waits);
    }

    @Test
    void keepsEveryRequestWithinFiftyTextsAnd128KiB() throws Exception {
        server.stubFor(post(urlPathEqualTo("/v2/translate")).willReturn(aResponse().withTransformers(EchoTranslations.NAME)));
        List<String> texts = new ArrayList<>(TranslatorTestKit.texts(120, "short"));
        for (int i = 0; i < 12; i++) {
            // 12 posts of 20,000 bytes each: 240,000 bytes, more than one 128 KiB request holds.
            texts.add("<p>" + "é".repeat(9_990) + i + "</p>");
        }

        List<String> out = new ArrayList<>();
        for (List<String> batch : Batches.split(texts, DeepLTranslator.LIMITS)) {
            out.addAll(deepl().translate(batch, kit.deadline()));
        }

        assertEquals(texts.stream().map(t -> "ja:" + t).toList(), out);
        List<JsonNode> bodies = kit.requestBodies("/v2/translate");
        // 50 + 50 texts, then 20 short texts with 6 large ones (121 KB), then the last 6 large ones.
        assertEquals(4, bodies.size());
        for (var request : server.findAll(postRequestedFor(urlPathEqualTo("/v2/translate")))) {
            assertTrue(request.getBody().length <= 128 * 1024, "body of " + request.getBody().length + " bytes");
        }
        for (JsonNode body : bodies) {
            assertTrue(body.path("text").size() <= 50);
        }
        assertEquals(50, bodies.get(0).path("text").size(), "full batches are used");
        assertTrue(server.findAll(postRequestedFor(urlPathEqualTo("/v2/translate"))).get(3).getBody().length > 100_000,
                "a large request comes close to the limit");
    }
}

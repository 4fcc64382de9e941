package io.github.m365health.translate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.m365health.config.TranslationConfig.Provider;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** LibreTranslate's POST /translate with a list of texts, format html and an optional api_key. */
class LibreTranslatorTest {

    @RegisterExtension
    static WireMockExtension server = TranslatorTestKit.newServer();

    private final TranslatorTestKit kit = new TranslatorTestKit(server);

    private TranslationProvider libre(Optional<String> key) {
        return kit.provider(kit.config(Provider.LIBRETRANSLATE, "ja", Optional.empty(), key, OptionalLong.empty()));
    }

    @Test
    void sendsTheListWithFormatHtmlAndTheKeyWhenOneIsSet() throws Exception {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(okJson(
                "{\"translatedText\":[\"<p>こんにちは</p>\",\"はい\"]}")));

        List<String> out = libre(Optional.of("lt-key")).translate(List.of("<p>Hello</p>", "Yes"), kit.deadline());

        assertEquals(List.of("<p>こんにちは</p>", "はい"), out);
        server.verify(postRequestedFor(urlPathEqualTo("/translate")).withRequestBody(equalToJson("""
                {"q":["<p>Hello</p>","Yes"],"source":"en","target":"ja","format":"html","api_key":"lt-key"}""")));
    }

    @Test
    void sendsNoKeyToAServerThatNeedsNone() throws Exception {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withTransformers(EchoTranslations.NAME)));

        libre(Optional.empty()).translate(List.of("Yes"), kit.deadline());

        server.verify(postRequestedFor(urlPathEqualTo("/translate")).withRequestBody(equalToJson("""
                {"q":["Yes"],"source":"en","target":"ja","format":"html"}""")));
    }

    @Test
    void showsTheServersReasonForARefusedLanguage() {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":\"xx is not supported\"}")));

        TranslationException e = assertThrows(TranslationException.class,
                () -> libre(Optional.empty()).translate(List.of("Yes"), kit.deadline()));

        assertEquals(TranslationException.Kind.LANGUAGE, e.kind());
        assertTrue(e.getMessage().endsWith("(xx is not supported)"), e.getMessage());
    }

    @Test
    void namesAnInvalidApiKeyAsAKeyProblem() {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withStatus(403)
                .withBody("{\"error\":\"Invalid API key\"}")));

        TranslationException e = assertThrows(TranslationException.class,
                () -> libre(Optional.of("wrong")).translate(List.of("Yes"), kit.deadline()));

        assertEquals(TranslationException.Kind.KEY, e.kind());
    }

    @Test
    void refusesAnAnswerThatIsNotJson() {
        server.stubFor(post(urlPathEqualTo("/translate")).willReturn(aResponse().withStatus(200).withBody("<html>proxy</html>")));

        TranslationException e = assertThrows(TranslationException.class,
                () -> libre(Optional.empty()).translate(List.of("Yes"), kit.deadline()));

        assertEquals(TranslationException.Kind.BAD_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("not JSON"));
    }
}

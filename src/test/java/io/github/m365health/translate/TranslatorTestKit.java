package io.github.m365health.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.m365health.config.Secret;
import io.github.m365health.config.TranslationConfig;
import io.github.m365health.testing.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;

/**
 * One test's world: WireMock on 127.0.0.1 speaking a provider's documented JSON, a clock that
 * moves only when told, a sleeper that records its waits and advances the clock instead of
 * sleeping, and the counted requests and characters.
 */
final class TranslatorTestKit {

    static final Instant START = Instant.parse("2026-01-08T12:00:00Z");
    static final String KEY = "k3y-Value/with+odd=chars";

    final WireMockExtension server;
    final MutableClock clock = new MutableClock(START);
    final List<Duration> waits = new ArrayList<>();
    final List<String> codes = new ArrayList<>();
    long characters;
    final TranslationTelemetry telemetry = new TranslationTelemetry() {
        @Override
        public void requestCompleted(String provider, String code) {
            codes.add(provider + ":" + code);
        }

        @Override
        public void charactersSent(String provider, long count) {
            characters += count;
        }
    };

    TranslatorTestKit(WireMockExtension server) {
        this.server = server;
    }

    static WireMockExtension newServer() {
        return WireMockExtension.newInstance()
                .options(WireMockConfiguration.wireMockConfig().bindAddress("127.0.0.1").dynamicPort()
                        .extensions(new EchoTranslations()))
                .build();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    TranslationConfig config(TranslationConfig.Provider provider, String to, Optional<String> region,
                             Optional<String> key, OptionalLong budget) {
        return new TranslationConfig(provider, to, endpoint(), region, key.map(Secret::new), budget);
    }

    TranslationProvider provider(TranslationConfig config) {
        return Translators.create(config, clock, duration -> {
            waits.add(duration);
            clock.advance(duration);
        }, telemetry, new Random(7), Translators.httpClient());
    }

    Instant deadline() {
        return clock.instant().plus(Duration.ofMinutes(2));
    }

    List<JsonNode> requestBodies(String path) {
        List<JsonNode> bodies = new ArrayList<>();
        for (LoggedRequest request : server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(path)))) {
            try {
                bodies.add(new ObjectMapper().readTree(request.getBody()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bodies;
    }

    static List<String> texts(int count, String prefix) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(prefix + " " + i);
        }
        return texts;
    }
}

package io.github.m365health.translate;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.m365health.config.Secret;
import io.github.m365health.config.TranslationConfig;
import io.github.m365health.graph.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.random.RandomGenerator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Builds the configured {@link TranslationProvider}. */
public final class Translators {

    private Translators() {
    }

    public static TranslationProvider create(TranslationConfig config, Clock clock, Sleeper sleeper,
                                             TranslationTelemetry telemetry, RandomGenerator random) {
        return create(config, clock, sleeper, telemetry, random, httpClient());
    }

    static TranslationProvider create(TranslationConfig config, Clock clock, Sleeper sleeper,
                                      TranslationTelemetry telemetry, RandomGenerator random, OkHttpClient client) {
        String name = config.provider().configName();
        TranslationHttp http = new TranslationHttp(client, sleeper, clock, random, telemetry, name);
        HttpUrl endpoint = HttpUrl.get(config.endpoint().toString());
        ObjectMapper json = new ObjectMapper();
        return switch (config.provider()) {
            case AZURE -> new AzureTranslator(endpoint, config.to(), key(config), config.region(), http, json);
            case DEEPL -> new DeepLTranslator(endpoint, config.to(), key(config), http, json);
            case LIBRETRANSLATE -> new LibreTranslator(endpoint, config.to(), config.key().map(Secret::reveal), http, json);
        };
    }

    /**
     * Redirects are not followed: the key travels in a header and must not reach another host.
     * Azure's documented worst latency is 15 s for the standard model.
     */
    static OkHttpClient httpClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(60))
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
    }

    private static String key(TranslationConfig config) {
        return config.key().map(Secret::reveal).orElseThrow(() -> new IllegalArgumentException(
                "provider " + config.provider().configName() + " needs a key"));
    }
}

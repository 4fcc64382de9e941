package io.github.m365health.e2e;

import io.github.m365health.testing.EndToEnd;
import io.github.m365health.testing.Eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.cli.InProcessExporter;
import io.github.m365health.cli.RunningExporter;
import io.github.m365health.metrics.Exposition;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code --demo} translates with no account: its loopback translator answers, and the counters show it. */
@EndToEnd
class DemoTranslationEndToEndTest {

    @Test
    void theDemoTranslatesThroughItsStandInAndCountsTheCharacters() throws Exception {
        try (RunningExporter exporter = InProcessExporter.start("--demo", "--demo.speed=20", "--web.listen-address=127.0.0.1:0")) {
            URI metrics = URI.create("http://127.0.0.1:" + exporter.address().getPort() + "/metrics");
            HttpClient http = HttpClient.newHttpClient();

            Exposition exposition = Eventually.await("translated characters on /metrics", Duration.ofSeconds(60),
                    () -> Exposition.parse(http.send(HttpRequest.newBuilder(metrics).build(),
                            HttpResponse.BodyHandlers.ofString()).body()),
                    e -> !e.samples("m365_translation_characters_total").isEmpty()
                            && e.samples("m365_translation_characters_total").get(0).value() > 0);

            assertEquals("libretranslate", exposition.samples("m365_translation_characters_total").get(0).label("provider"));
            assertTrue(exposition.samples("m365_translation_requests_total").stream()
                    .anyMatch(s -> s.label("code").equals("200") && s.value() > 0));
            assertTrue(exposition.samples("m365_translation_requests_total").stream()
                    .allMatch(s -> s.label("code").equals("200")), "the stand-in answers every call");
        }
    }
}

package io.github.m365health.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.metrics.Exposition;
import io.github.m365health.metrics.Promtool;
import io.github.m365health.translate.TranslationTelemetry;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The translation counters of DESIGN §5 as a scrape shows them, byte for byte against
 * {@code src/test/resources/golden/metrics-translation.txt}, and clean for promtool. Rewrite with
 * {@code -Dgolden.update=true} after an intended change.
 */
class TranslationMetricsGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "metrics-translation.txt");

    private WebServer server;

    @BeforeEach
    void startServer() throws IOException {
        ExporterMetrics metrics = new ExporterMetrics(List::of, new BuildInfo("0.1.0", "4f3c2a1", "17.0.15"));
        TranslationTelemetry translation = metrics.translation();
        translation.charactersSent("azure", 0);
        translation.requestCompleted("azure", "429");
        translation.requestCompleted("azure", "200");
        translation.charactersSent("azure", 1797);
        translation.requestCompleted("azure", "200");
        translation.charactersSent("azure", 412);
        translation.requestCompleted("azure", "timeout");
        server = WebServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/metrics", metrics,
                List::of);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void countsRequestsByCodeAndCharactersByProvider() throws Exception {
        String body = HttpFetch.get(server.address(), "/metrics").body();

        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, body, StandardCharsets.UTF_8);
        }
        try (InputStream in = getClass().getResourceAsStream("/golden/metrics-translation.txt")) {
            assertTrue(in != null, "missing golden file; create it with -Dgolden.update=true");
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), body);
        }
        Promtool.assertCleanMetrics(body);
        Exposition exposition = Exposition.parse(body);
        assertEquals(2209, exposition.samples("m365_translation_characters_total").get(0).value());
        assertEquals(3, exposition.samples("m365_translation_requests_total").size(), "codes 200, 429 and timeout");
    }
}

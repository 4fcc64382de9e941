package io.github.m365health.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.m365health.testing.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs {@code promtool check metrics}, Prometheus' own linter and parser for the exposition
 * format. Without promtool the check is skipped with a message, except under {@code CI=true}.
 */
public final class Promtool {

    private Promtool() {
    }

    public static void assertCleanMetrics(String exposition) throws IOException, InterruptedException {
        ExternalTool promtool = ExternalTool.locate("promtool", "prometheus", System.getenv());
        Path input = Files.createTempFile("exposition", ".prom");
        try {
            Files.writeString(input, exposition, StandardCharsets.UTF_8);
            ExternalTool.Result result = promtool.run(input.getParent(), input, "check", "metrics");
            assertEquals("", result.output().strip(), "promtool check metrics reported problems");
            assertEquals(0, result.exitCode(), "promtool check metrics exit code; output: " + result.output());
        } finally {
            Files.deleteIfExists(input);
        }
    }
}

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
        ExternalTool.Result result = checkMetrics(exposition);
        assertEquals("", result.output().strip(), "promtool check metrics reported problems");
        assertEquals(0, result.exitCode(), "promtool check metrics exit code; output: " + result.output());
    }

    /**
     * For OpenMetrics: promtool's {@code check metrics} reads it with the 0.0.4 text parser, which
     * fails on a family it cannot type and looks for a counter's HELP under the sample name
     * ({@code x_total}) while OpenMetrics puts it under the family name ({@code x}). So: it must
     * parse, and its only remarks may be that HELP, for families whose HELP the body does carry.
     */
    public static void assertParsesOpenMetrics(String exposition) throws IOException, InterruptedException {
        ExternalTool.Result result = checkMetrics(exposition);
        for (String line : result.output().strip().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(" ", 2);
            boolean helpUnderFamilyName = parts.length == 2 && parts[1].equals("no help text")
                    && parts[0].endsWith("_total")
                    && exposition.contains("# HELP " + parts[0].substring(0, parts[0].length() - "_total".length()) + " ");
            if (!helpUnderFamilyName) {
                throw new AssertionError("promtool check metrics on OpenMetrics reported: " + result.output());
            }
        }
    }

    private static ExternalTool.Result checkMetrics(String exposition) throws IOException, InterruptedException {
        ExternalTool promtool = ExternalTool.locate("promtool", "prometheus", System.getenv());
        Path input = Files.createTempFile("exposition", ".prom");
        try {
            Files.writeString(input, exposition, StandardCharsets.UTF_8);
            return promtool.run(input.getParent(), input, "check", "metrics");
        } finally {
            Files.deleteIfExists(input);
        }
    }
}

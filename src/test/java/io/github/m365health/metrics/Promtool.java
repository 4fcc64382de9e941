package io.github.m365health.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs {@code promtool check metrics}, Prometheus' own linter and parser for the exposition
 * format. Without promtool on the PATH the check is skipped with a message, except on CI
 * ({@code CI=true}), where a missing promtool is a failure.
 */
public final class Promtool {

    private Promtool() {
    }

    public static void assertCleanMetrics(String exposition) throws IOException, InterruptedException {
        Path promtool = find().orElse(null);
        if (promtool == null) {
            String message = "promtool not found on PATH (Debian: apt-get install prometheus)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + "; it is required when CI=true");
            }
            Assumptions.abort(message + "; skipping the promtool check (set CI=true to make this a failure)");
        }
        Path input = Files.createTempFile("exposition", ".prom");
        try {
            Files.writeString(input, exposition, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(promtool.toString(), "check", "metrics")
                    .redirectInput(input.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "promtool did not finish");
            assertEquals("", output.strip(), "promtool check metrics reported problems");
            assertEquals(0, process.exitValue(), "promtool check metrics exit code; output: " + output);
        } finally {
            Files.deleteIfExists(input);
        }
    }

    private static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

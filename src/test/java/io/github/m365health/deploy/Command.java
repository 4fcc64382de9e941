package io.github.m365health.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs the tools the deployment tests drive (podman, tar, the deploy/ scripts) and fails with their output. */
final class Command {

    private Command() {
    }

    /** Whether this run is CI, where a missing tool fails instead of skipping. */
    static boolean onCi() {
        return "true".equals(System.getenv("CI"));
    }

    /** Skips the test locally, fails it on CI, when {@code tool} is not on PATH. */
    static void require(String tool, String debianPackage) {
        boolean found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
        if (found) {
            return;
        }
        String message = tool + " is not installed (apt-get install " + debianPackage + ")";
        if (onCi()) {
            fail(message + ": CI must run this test");
        }
        Assumptions.abort(message + ": skipped");
    }

    /** Runs {@code command} in the repository root; returns its standard output, failing the test on a non-zero exit. */
    static String run(Duration timeout, List<String> command) throws IOException, InterruptedException {
        return run(timeout, Map.of(), command);
    }

    static String run(Duration timeout, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("m365-command", ".out");
        Path err = Files.createTempFile("m365-command", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail(String.join(" ", command) + ": still running after " + timeout + "\n" + tail(err));
            }
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + ": exit " + process.exitValue() + "\n" + tail(out) + tail(err));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())) + "\n";
    }
}

package io.github.m365health.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A command-line tool of the Prometheus ecosystem (promtool, amtool) found on PATH. Locally a
 * missing tool skips the test that needs it; on CI (environment variable {@code CI=true}) it fails
 * the test, because a CI run that silently skips the rule checks proves nothing.
 */
public final class ExternalTool {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    private final String debianPackage;
    private final Optional<Path> executable;
    private final boolean onCi;

    private ExternalTool(String name, String debianPackage, Optional<Path> executable, boolean onCi) {
        this.name = name;
        this.debianPackage = debianPackage;
        this.executable = executable;
        this.onCi = onCi;
    }

    /** Looks {@code name} up in the environment's PATH; {@code env} also decides whether this is CI. */
    public static ExternalTool locate(String name, String debianPackage, Map<String, String> env) {
        String path = env.getOrDefault("PATH", "");
        Optional<Path> found = Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name))
                .filter(candidate -> Files.isRegularFile(candidate) && Files.isExecutable(candidate))
                .findFirst();
        return new ExternalTool(name, debianPackage, found, "true".equals(env.get("CI")));
    }

    /** Runs the tool in {@code workDir}; skips or fails the calling test when it is not installed. */
    public Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, null, args);
    }

    /** As {@link #run(Path, String...)}, with {@code stdin} (a file, or null for none) as standard input. */
    public Result run(Path workDir, Path stdin, String... args) throws IOException, InterruptedException {
        Path binary = requireExecutable();
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(List.of(args));
        // Output goes to files rather than pipes: a tool that hangs can then be killed on timeout
        // instead of blocking a reader forever.
        Path stdout = Files.createTempFile(name + "-", ".out");
        Path stderr = Files.createTempFile(name + "-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
            if (stdin != null) {
                builder.redirectInput(stdin.toFile());
            }
            Process process = builder
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                fail(name + " did not finish within " + TIMEOUT.toSeconds() + "s: " + String.join(" ", command));
            }
            return new Result(process.exitValue(),
                    Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    public Path requireExecutable() {
        if (executable.isPresent()) {
            return executable.get();
        }
        String missing = name + " is not on PATH";
        if (onCi) {
            return fail(missing + " but CI=true: install the Debian package '" + debianPackage
                    + "' (apt-get install " + debianPackage + ")");
        }
        return Assumptions.abort(missing + ": skipped; install the Debian package '" + debianPackage + "' to run it");
    }

    /** Exit code and output of one run. */
    public record Result(int exitCode, String stdout, String stderr) {

        public boolean succeeded() {
            return exitCode == 0;
        }

        /** Both streams, stdout first: promtool reports results on stdout and problems on stderr. */
        public String output() {
            return stdout + stderr;
        }
    }
}

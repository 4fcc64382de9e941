package io.github.m365health.e2e;

import io.github.m365health.testing.Eventually;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The exporter as its own JVM process, as an operator runs it: either the packaged jar
 * ({@code java -jar target/m365-health-exporter.jar}) or the {@code main} class on the test class
 * path. Its stderr goes to a file; the {@code msg=listening} line it logs once bound tells the port
 * chosen for {@code 127.0.0.1:0}. The process is always killed on {@link #close()}.
 */
final class ExporterProcess implements AutoCloseable {

    static final Path PACKAGED_JAR = Path.of("target", "m365-health-exporter.jar");
    private static final Pattern LISTENING = Pattern.compile("msg=listening address=(\\S+):(\\d+)");
    private static final String MAIN_CLASS = "io.github.m365health.cli.Main";

    /** How the JVM finds the exporter. */
    enum Launcher {
        /** {@code main} on the class path Maven gives the tests: always available. */
        CLASS_PATH,
        /**
         * The fat jar. {@code mvn test} runs before {@code package}, so this one runs only when a jar
         * at least as new as the compiled classes is there ({@code mvn -o -q package -DskipTests}
         * first); otherwise it is skipped, saying so.
         */
        PACKAGED_JAR
    }

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ExporterProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts the exporter with {@code args}; stdout and stderr go to files in a new folder under {@code workDir}. */
    static ExporterProcess start(Launcher launcher, Path workDir, String... args) throws IOException {
        return start(List.of(), launcher, workDir, args);
    }

    /** As {@link #start(Launcher, Path, String...)}, the java command run by {@code wrapper} (e.g. unshare). */
    static ExporterProcess start(List<String> wrapper, Launcher launcher, Path workDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(javaCommand(launcher));
        command.addAll(List.of(args));
        Path runDir = Files.createTempDirectory(workDir, "run");
        Path stdout = runDir.resolve("exporter.out");
        Path stderr = runDir.resolve("exporter.err");
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        return new ExporterProcess(process, stdout, stderr);
    }

    /** Waits for the {@code msg=listening} line; fails if the process exits or stays silent. */
    InetSocketAddress awaitListening(Duration timeout) throws IOException, InterruptedException {
        String log = Eventually.await("the exporter's msg=listening line", timeout, this::stderr,
                text -> LISTENING.matcher(text).find(),
                () -> process.isAlive() ? Optional.empty() : Optional.of("the exporter exited with " + process.exitValue()));
        Matcher listening = LISTENING.matcher(log);
        listening.find();
        return new InetSocketAddress(listening.group(1), Integer.parseInt(listening.group(2)));
    }

    /** Waits for the process to end by itself; returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the exporter did not exit within " + timeout.toSeconds() + " s");
        }
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    /** Asks the process to stop as a service manager does (SIGTERM). */
    void terminate() {
        process.destroy();
    }

    String stdout() throws IOException {
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static List<String> javaCommand(Launcher launcher) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (launcher == Launcher.CLASS_PATH) {
            // Surefire may start the tests from a manifest-only jar; this property has the real path.
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            return List.of(java, "-cp", classPath, MAIN_CLASS);
        }
        Assumptions.assumeTrue(Files.isRegularFile(PACKAGED_JAR),
                PACKAGED_JAR + " is not built (mvn test runs before package): skipped; run mvn -o -q package -DskipTests first");
        Assumptions.assumeTrue(!olderThanTheClasses(PACKAGED_JAR),
                PACKAGED_JAR + " is older than target/classes: skipped; rebuild it with mvn -o -q package -DskipTests");
        return List.of(java, "-jar", PACKAGED_JAR.toString());
    }

    private static boolean olderThanTheClasses(Path jar) throws IOException {
        long built = Files.getLastModifiedTime(jar).toMillis();
        try (var files = Files.walk(Path.of("target", "classes"))) {
            // Class files only: Maven rewrites the filtered build.properties on every run.
            return files.filter(file -> file.toString().endsWith(".class")).anyMatch(file -> {
                try {
                    return Files.getLastModifiedTime(file).toMillis() > built;
                } catch (IOException e) {
                    return true;
                }
            });
        }
    }
}

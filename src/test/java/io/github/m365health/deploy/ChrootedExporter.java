package io.github.m365health.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.m365health.metrics.Exposition;
import io.github.m365health.testing.Eventually;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The image's entrypoint run from its exported file system under {@code chroot}, as the image's
 * user: what a container runtime would do, short of namespaces and cgroups, which these machines
 * do not grant. The chroot shares the host's network, so the exporter listens on loopback.
 */
final class ChrootedExporter implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("msg=listening address=127\\.0\\.0\\.1:(\\d+)");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int port;

    private ChrootedExporter(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * @param user       {@code UID:GID}, as the image's configuration names it
     * @param env        the environment a pod would give it (the image's own PATH and HOME are added)
     * @param entrypoint the image's entrypoint and command
     */
    static ChrootedExporter start(Path rootfs, String user, Map<String, String> env, List<String> entrypoint)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("chroot", "--userspec=" + user, rootfs.toString(),
                "/usr/bin/env", "-i", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "HOME=/var/lib/m365-health-exporter"));
        env.forEach((name, value) -> command.add(name + "=" + value));
        command.addAll(entrypoint);
        Path log = Files.createTempFile("m365-chroot", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChrootedExporter(process, log);
    }

    /** Waits for the {@code msg=listening} line and returns the port. */
    int awaitListening() throws IOException, InterruptedException {
        Matcher matcher = LISTENING.matcher(Eventually.await("the msg=listening line", PATIENCE, this::log,
                text -> LISTENING.matcher(text).find(),
                () -> process.isAlive() ? Optional.empty() : Optional.of("the entrypoint exited with " + process.exitValue())));
        matcher.find();
        port = Integer.parseInt(matcher.group(1));
        return port;
    }

    /** Scrapes until {@code done} holds (the demo's first poll takes a moment), and returns that scrape. */
    String scrapeUntil(Predicate<Exposition> done) throws Exception {
        try {
            return Eventually.await("a scrape showing what was awaited", PATIENCE,
                    () -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()),
                    response -> response.statusCode() == 200 && done.test(Exposition.parse(response.body()))).body();
        } catch (AssertionError e) {
            return fail(e.getMessage() + "\nlog:\n" + log());
        }
    }

    /** The uid the exporter's JVM runs as, from the kernel's view of the process. */
    String uidOfTheProcess() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("Uid:")) {
                return line.split("\\s+")[1];
            }
        }
        return fail("no Uid line for process " + process.pid());
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Runs the entrypoint to its end and returns its exit code, for inputs it must refuse. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            return fail("the entrypoint kept running");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(log);
    }
}

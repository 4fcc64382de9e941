package io.github.m365health.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.e2e.ExporterProcess.Launcher;
import io.github.m365health.testing.Eventually;
import io.github.m365health.testing.EndToEnd;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The exporter in its own JVM, as an operator runs it: the real {@code main}, its exit codes, its
 * log lines on stderr and its answer to SIGTERM. Every case runs from the test class path, and from
 * the packaged jar when a fresh one has been built (the README's quick start); see
 * {@link ExporterProcess.Launcher}.
 */
@EndToEnd
class ExporterProcessEndToEndTest {

    private static final Duration START = Duration.ofSeconds(30);
    private static final Duration EXIT = Duration.ofSeconds(20);
    private static final Path SYSTEMD_UNIT = Path.of("examples", "systemd", "m365-health-exporter.service");
    private static final Map<String, String> IMAP = Map.of("tenant", "demo", "id", "EX1215307");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Launcher.class)
    void servesTheDemoOnTheLoggedAddressAndStopsOnSigterm(Launcher launcher) throws Exception {
        try (ExporterProcess exporter = ExporterProcess.start(launcher, dir,
                "--demo", "--demo.speed=20", "--web.listen-address=127.0.0.1:0")) {
            InetSocketAddress address = exporter.awaitListening(START);
            ExporterHttp http = new ExporterHttp(address);

            // At speed 20 EX1215307 ends at script second 45, 2.25 s after the first poll.
            Scrape scrape = Eventually.await("EX1215307 ended", START, http::scrape,
                    s -> s.find("m365_issue_open", IMAP).orElse(1.0) == 0);
            assertEquals("127.0.0.1", address.getHostString());
            Map<String, String> exchangeIncidents = Map.of("tenant", "demo", "service_name", "Exchange Online",
                    "classification", "incident");
            assertEquals(1, scrape.sum("m365_issue_resolution_duration_seconds_bucket", withLe(exchangeIncidents, "604800.0"))
                    - scrape.sum("m365_issue_resolution_duration_seconds_bucket", withLe(exchangeIncidents, "86400.0")),
                    "EX1215307, 559,800 s from its revised start, lies between 1 and 7 days");
            assertEquals(1, scrape.value("m365_up", Map.of("tenant", "demo")));
            assertNotEquals("unknown", scrape.samples("m365_exporter_build_info", Map.of()).get(0).label("version"),
                    "the version comes from the build");
            assertEquals(200, http.get("/-/ready").statusCode());
            assertTrue(http.get("/").body().contains("<h3>demo</h3>"));

            exporter.terminate();
            int code = exporter.awaitExit(EXIT);
            assertThrows(IOException.class, () -> http.get("/-/healthy"), "the port is closed after exit");
            assertEquals(143, code, "128 + SIGTERM, as the JVM exits after its shutdown hooks");
            assertTrue(Files.readString(SYSTEMD_UNIT).lines().anyMatch(line -> line.equals("SuccessExitStatus=" + code)),
                    SYSTEMD_UNIT + " takes the exit code of a stop for success, or systemctl stop marks the service failed");
            List<String> lines = exporter.stderr().lines().toList();
            assertTrue(lines.stream().allMatch(line -> line.startsWith("ts=")),
                    "every stderr line is a logfmt line:\n" + exporter.stderr());
        }
    }

    @ParameterizedTest
    @EnumSource(Launcher.class)
    void printsTheVersionAndExitsZero(Launcher launcher) throws Exception {
        try (ExporterProcess exporter = ExporterProcess.start(launcher, dir, "--version")) {
            assertEquals(0, exporter.awaitExit(EXIT), exporter.stderr());
            assertTrue(exporter.stdout().startsWith("m365-health-exporter "), exporter.stdout());
            assertEquals("", exporter.stderr());
        }
    }

    @ParameterizedTest
    @EnumSource(Launcher.class)
    void checksTheExampleConfigAndExitsZero(Launcher launcher) throws Exception {
        try (ExporterProcess exporter = ExporterProcess.start(launcher, dir,
                "--config.file", "examples/config.yml", "--config.check")) {
            assertEquals(0, exporter.awaitExit(EXIT), exporter.stderr());
            assertTrue(exporter.stdout().startsWith("OK: 2 tenants: contoso (global, client secret), fabrikam"),
                    exporter.stdout());
        }
    }

    @ParameterizedTest
    @EnumSource(Launcher.class)
    void exitsOneWithOneLineForAMissingConfigFile(Launcher launcher) throws Exception {
        Path absent = dir.resolve("absent.yml");
        try (ExporterProcess exporter = ExporterProcess.start(launcher, dir, "--config.file", absent.toString())) {
            assertEquals(1, exporter.awaitExit(EXIT));
            assertEquals(1, exporter.stderr().lines().count(), exporter.stderr());
            assertTrue(exporter.stderr().startsWith("ts="), "a logfmt line like every other: " + exporter.stderr());
            assertTrue(exporter.stderr().contains(" level=error logger=cli msg=\"invalid configuration\" err=\""
                    + absent + ": no such file\"\n"), exporter.stderr());
            assertEquals("", exporter.stdout());
        }
    }

    private static Map<String, String> withLe(Map<String, String> labels, String le) {
        Map<String, String> out = new java.util.HashMap<>(labels);
        out.put("le", le);
        return out;
    }
}

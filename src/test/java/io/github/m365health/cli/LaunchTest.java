package io.github.m365health.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.demo.DemoOptions;
import io.github.m365health.demo.DemoTenant;
import io.github.m365health.testing.Eventually;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the history goes and which tenants run, for the combinations of {@code --demo} and
 * {@code --config.file}. The path in use is read from the {@code started} line the exporter logs.
 */
class LaunchTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    private final List<LogRecord> started = new CopyOnWriteArrayList<>();
    private final Logger exporterLog = Logger.getLogger(RunningExporter.class.getName());
    private final Handler startedLines = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if ("started".equals(record.getMessage())) {
                started.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private Level previousLevel;

    @BeforeEach
    void listenForTheStartedLine() {
        previousLevel = exporterLog.getLevel();
        exporterLog.setLevel(Level.INFO);
        exporterLog.addHandler(startedLines);
    }

    @AfterEach
    void stopListening() {
        exporterLog.removeHandler(startedLines);
        exporterLog.setLevel(previousLevel);
    }

    @Test
    void theDemoAloneKeepsItsHistoryInAFreshTemporaryFileOnEveryStart() throws Exception {
        Path first = startAndReadStatePath("--demo", "--web.listen-address=127.0.0.1:0");
        Path second = startAndReadStatePath("--demo", "--web.listen-address=127.0.0.1:0");

        for (Path state : List.of(first, second)) {
            assertTrue(state.isAbsolute(), state.toString());
            assertTrue(state.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), state.toString());
            assertTrue(state.getParent().getFileName().toString().startsWith("m365-health-exporter-demo"), state.toString());
            assertTrue(Files.isRegularFile(state), "the history was created at " + state);
        }
        assertNotEquals(first, second, "a replayed script must not meet the history of an earlier run");
    }

    @Test
    void theDemoWithAConfigFileUsesTheConfiguredStatePath() throws Exception {
        Path config = dir.resolve("config.yml");
        Files.writeString(config, "state:\n  path: kept.db\n");

        Path state = startAndReadStatePath("--demo", "--config.file", config.toString(), "--web.listen-address=127.0.0.1:0");

        assertEquals(dir.resolve("kept.db"), state);
        assertTrue(Files.isRegularFile(state));
    }

    @Test
    void theDemoTenantIsAddedToTheConfiguredTenants() throws Exception {
        try (DemoTenant lab = DemoTenant.start(DemoOptions.defaults(), CLOCK)) {
            Files.writeString(dir.resolve("lab-secret"), lab.clientSecret().reveal());
            Path config = dir.resolve("config.yml");
            Files.writeString(config, "tenants:\n  - name: lab\n    tenant_id: " + lab.tenantId()
                    + "\n    client_id: " + lab.clientId() + "\n    client_secret_file: lab-secret\n    cloud: custom\n"
                    + "    authority_url: " + lab.origin() + "\n    graph_url: " + lab.origin()
                    + "\npoll:\n  interval: 1s\n  messages_interval: 1s\nstate:\n  path: both.db\n");

            try (RunningExporter exporter = start("--demo", "--config.file", config.toString(),
                    "--web.listen-address=127.0.0.1:0")) {
                String metrics = awaitMetricsContaining(exporter,
                        List.of("m365_up{tenant=\"lab\",} 1.0", "m365_up{tenant=\"demo\",} 1.0"));

                assertTrue(metrics.contains("m365_service_status{tenant=\"lab\""), "the configured tenant's data");
                assertTrue(metrics.contains("m365_service_status{tenant=\"demo\""), "the demo tenant's data");
                assertEquals("2", param(started.get(0), "tenants"));
                assertEquals(dir.resolve("both.db").toString(), param(started.get(0), "state"));
            }
        }
    }

    private Path startAndReadStatePath(String... args) throws Exception {
        started.clear();
        try (RunningExporter ignored = start(args)) {
            assertEquals(1, started.size(), "one started line");
            return Path.of(param(started.get(0), "state"));
        }
    }

    private static RunningExporter start(String... args) throws Exception {
        Flags flags = Flags.parse(args);
        Launch launch = new Launch(name -> null, CLOCK);
        return launch.start(flags, launch.config(flags));
    }

    private static String param(LogRecord record, String key) {
        Object[] params = record.getParameters();
        for (int i = 0; i + 1 < params.length; i += 2) {
            if (key.equals(params[i])) {
                return String.valueOf(params[i + 1]);
            }
        }
        throw new AssertionError("no " + key + " in " + List.of(params));
    }

    /** Scrapes until every expected line is there; the tenants poll every second. */
    private static String awaitMetricsContaining(RunningExporter exporter, List<String> expected) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + exporter.address().getPort() + "/metrics"))
                .timeout(Duration.ofSeconds(10)).build();
        return Eventually.await("/metrics shows " + expected, Duration.ofSeconds(20),
                () -> http.send(request, HttpResponse.BodyHandlers.ofString()).body(),
                body -> expected.stream().allMatch(body::contains));
    }
}

package io.github.m365health.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.testing.EndToEnd;
import io.github.m365health.testing.Eventually;
import io.github.m365health.e2e.ExporterProcess.Launcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two exporter processes on one {@code state.path}: the second is refused at start with one line
 * naming the first, and the first goes on counting as if it had been alone. Two writers used to
 * both run, each recording the same reopens and resolutions.
 */
@EndToEnd
class OneWriterPerStoreEndToEndTest {

    private static final Duration START = Duration.ofSeconds(30);
    /** Script second 85, when the last seed issue ends, comes 17 s after the first poll at speed 5. */
    private static final Duration SCRIPT = Duration.ofSeconds(60);
    private static final Duration EXIT = Duration.ofSeconds(20);
    private static final Map<String, String> DEMO = Map.of("tenant", "demo");

    @TempDir
    Path dir;

    @Test
    void theSecondExporterOnAStoreExitsOneAndTheFirstKeepsCountingExactly() throws Exception {
        Path store = dir.resolve("history.db");
        Path config = dir.resolve("config.yml");
        Files.writeString(config, "state:\n  path: " + store + "\n");
        String[] args = {"--demo", "--demo.speed=5", "--config.file", config.toString(),
                "--web.listen-address=127.0.0.1:0"};
        try (ExporterProcess first = ExporterProcess.start(Launcher.CLASS_PATH, dir, args)) {
            ExporterHttp http = new ExporterHttp(first.awaitListening(START));

            try (ExporterProcess second = ExporterProcess.start(Launcher.CLASS_PATH, dir, args)) {
                assertEquals(1, second.awaitExit(EXIT), second.stderr());
                List<String> lines = second.stderr().lines().toList();
                String refusal = lines.get(lines.size() - 1);
                assertTrue(refusal.startsWith("ts="), "a logfmt line like every other: " + refusal);
                assertTrue(refusal.contains("state store " + store + " is in use by another exporter (pid " + first.pid()
                        + "); stop that one, or give each exporter its own state.path"), refusal);
                assertTrue(lines.stream().noneMatch(line -> line.contains("msg=listening")), second.stderr());
            }

            // Speed 5, as in DemoEndToEndTest: every scripted state lasts several polls, so all are seen.
            Scrape played = Eventually.await("EX1268771 ended", SCRIPT, http::scrape,
                    s -> s.find("m365_issue_open", Map.of("tenant", "demo", "id", "EX1268771")).orElse(1.0) == 0);
            assertEquals(1, played.value("m365_up", DEMO));
            assertEquals(1, played.sum("m365_issues_reopened_total", Map.of("tenant", "demo", "kind", "follow_up")),
                    "EX1256020's follow-up reopen, counted once");
            assertEquals(1, played.sum("m365_issues_reopened_total", Map.of("tenant", "demo", "kind", "same_id")),
                    "TM1271130's same_id reopen, counted once");
            Map<String, String> exchangeIncidents = Map.of("tenant", "demo", "service_name", "Exchange Online",
                    "classification", "incident");
            assertEquals(played.samples("m365_issue_open", exchangeIncidents).size(),
                    played.value("m365_issues_seen_total", exchangeIncidents), "each issue seen once");
            assertEquals(3, played.value("m365_issue_resolution_duration_seconds_count", exchangeIncidents),
                    "each of the three ended Exchange incidents resolved once");

            first.terminate();
            first.awaitExit(EXIT);
        }
    }
}

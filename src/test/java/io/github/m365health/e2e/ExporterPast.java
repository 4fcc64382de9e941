package io.github.m365health.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A past in which Prometheus already scraped {@code m365_up} of a tenant from an exporter, written
 * as TSDB blocks with {@code promtool tsdb create-blocks-from openmetrics} before Prometheus starts.
 * M365IncidentReopened trusts a reopen counter born at 1 only where the exporter reported the
 * tenant 30 minutes earlier; a Prometheus that has been scraping for a while has that past, a test
 * one needs it written.
 */
final class ExporterPast {

    private static final Duration STEP = Duration.ofSeconds(15);

    private final ExternalTool promtool;

    ExporterPast(ExternalTool promtool) {
        this.promtool = promtool;
    }

    /** Writes {@code m365_up 1} for the target and tenant every 15 s from {@code from} to {@code to} into {@code dataDir}. */
    void writeUp(Path dataDir, String job, String instance, String tenant, Instant from, Instant to)
            throws IOException, InterruptedException {
        StringBuilder openMetrics = new StringBuilder("# TYPE m365_up gauge\n");
        String series = "m365_up{job=\"" + job + "\",instance=\"" + instance + "\",tenant=\"" + tenant + "\"}";
        for (Instant t = from; !t.isAfter(to); t = t.plus(STEP)) {
            openMetrics.append(series).append(" 1 ").append(t.getEpochSecond()).append('\n');
        }
        openMetrics.append("# EOF\n");
        Path workDir = dataDir.getParent();
        Path input = Files.writeString(workDir.resolve("m365-up-past.om"), openMetrics);
        ExternalTool.Result result = promtool.run(workDir, "tsdb", "create-blocks-from", "openmetrics",
                input.toString(), dataDir.toString());
        assertTrue(result.succeeded(), "promtool could not write the backfill:\n" + result.output());
    }
}

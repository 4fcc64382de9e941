package io.github.m365health.bench;

import io.github.m365health.health.TenantState;
import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.web.WebServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The issue-17 scrape table in one JVM, for profiling the scrape path alone: states built here, no
 * polling ({@code bench/run-msp-benchmark.sh} measures the packaged exporter). The exporter's
 * /metrics for 100 MSP tenants beside a
 * static JDK server answering the identical bytes (fetched from the exporter first), as p50
 * latency of sequential scrapes and of 50 concurrent scrapers, for text 0.0.4 and for
 * OpenMetrics with gzip; plus the series per family. Run by {@code bench/run-scale-benchmark.sh},
 * which repeats it and prints min/median/max.
 */
public final class ScrapeVersusStatic {

    private static final int TENANTS = 100;

    private ScrapeVersusStatic() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty(StaticMetricsServer.NO_DELAY, "true");
        List<TenantState> states = LargeTenantStates.build(TENANTS, 4);
        ExporterMetrics metrics = new ExporterMetrics(() -> states, new BuildInfo("bench", "bench", "17"));
        try (WebServer exporter = WebServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/metrics",
                metrics, () -> states)) {
            URI exporterUri = URI.create("http://127.0.0.1:" + exporter.address().getPort() + "/metrics");
            ScrapeTimer scrapes = new ScrapeTimer();
            String text = new String(scrapes.fetch(exporterUri, ScrapeTimer.TEXT, false).body(), StandardCharsets.UTF_8);
            SeriesBreakdown.of(text).print(System.out, TENANTS);
            scrapes.compare(exporterUri);
        }
    }
}

package io.github.m365health.dashboards;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A dashboard time range as Grafana would query it: {@code [start, end]} at {@code step}, with the
 * global variables that range gives.
 *
 * @param scrapeInterval the datasource's {@code timeInterval}, which Grafana's
 *                       {@code $__rate_interval} is derived from
 */
record QueryWindow(Instant start, Instant end, Duration step, Duration scrapeInterval) {

    QueryWindow {
        if (!end.isAfter(start) || step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("empty window " + start + ".." + end + " step " + step);
        }
    }

    /** Whole seconds, rounded up, as Grafana rounds {@code $__range}. */
    long rangeSeconds() {
        return (Duration.between(start, end).toMillis() + 999) / 1000;
    }

    /**
     * Grafana's globals for this range. {@code $__rate_interval} follows Grafana's rule,
     * max($__interval + scrape interval, 4 × scrape interval), so rate() always spans at least
     * four scrapes, as it would on a real dashboard over this Prometheus.
     */
    Map<String, String> globals() {
        long range = rangeSeconds();
        long interval = step.toSeconds();
        long rateInterval = Math.max(interval + scrapeInterval.toSeconds(), 4 * scrapeInterval.toSeconds());
        return Map.of(
                "__range", range + "s", "__range_s", Long.toString(range), "__range_ms", Long.toString(range * 1000),
                "__interval", interval + "s", "__interval_ms", Long.toString(interval * 1000),
                "__rate_interval", rateInterval + "s");
    }

    String substitute(String expr) {
        return GrafanaTemplating.substitute(expr, globals());
    }
}

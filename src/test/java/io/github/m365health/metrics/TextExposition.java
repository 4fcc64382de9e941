package io.github.m365health.metrics;

import io.prometheus.client.exporter.common.TextFormat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes what a scrape in the Prometheus text format (0.0.4) receives, without the HTTP server:
 * for tests and benchmarks of the exposition. Buffered because the format writer emits label
 * values a character at a time.
 */
public final class TextExposition {

    private TextExposition() {
    }

    public static void write(ExporterMetrics metrics, Writer out) throws IOException {
        Writer buffered = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
        TextFormat.write004(buffered, metrics.registry().metricFamilySamples());
        buffered.flush();
    }
}

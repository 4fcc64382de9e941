package io.github.m365health.metrics;

import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.exporter.common.TextFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;

/**
 * The two formats a scrape can ask for, written by simpleclient's own {@link TextFormat} so the
 * bytes are the ones it has always produced; split here into a family's header (HELP, TYPE) and
 * its sample lines, which is what lets tenants be rendered apart and joined later.
 */
enum ExpositionFormat {
    TEXT(TextFormat.CONTENT_TYPE_004),
    OPEN_METRICS(TextFormat.CONTENT_TYPE_OPENMETRICS_100);

    private static final String EOF = "# EOF\n";

    private final String contentType;

    ExpositionFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static ExpositionFormat of(String contentType) {
        return TextFormat.CONTENT_TYPE_OPENMETRICS_100.equals(contentType) ? OPEN_METRICS : TEXT;
    }

    /** What ends the whole exposition: OpenMetrics' EOF marker, nothing in text 0.0.4. */
    String trailer() {
        return this == OPEN_METRICS ? EOF : "";
    }

    /** Every family as the format writes it, with the trailer. */
    String write(List<MetricFamilySamples> families) {
        StringWriter out = new StringWriter();
        try {
            TextFormat.writeFormat(contentType, out, Collections.enumeration(families));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** HELP and TYPE lines of a family (the writer emits them for a family without samples too). */
    String header(MetricFamilySamples family) {
        MetricFamilySamples empty = new MetricFamilySamples(family.name, family.unit, family.type, family.help, List.of());
        return withoutTrailer(write(List.of(empty)));
    }

    /** The sample lines of a family, without its header (as {@link #header} gave it). */
    String sampleLines(MetricFamilySamples family, String header) {
        String whole = withoutTrailer(write(List.of(family)));
        if (!whole.startsWith(header)) {
            throw new IllegalStateException(family.name + ": the writer's header changed with samples");
        }
        return whole.substring(header.length());
    }

    private String withoutTrailer(String written) {
        return this == OPEN_METRICS && written.endsWith(EOF) ? written.substring(0, written.length() - EOF.length()) : written;
    }
}

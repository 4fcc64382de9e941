package io.github.m365health.metrics;

import io.github.m365health.health.DurationHistogram;
import io.prometheus.client.Collector;
import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.Collector.MetricFamilySamples.Sample;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The series of one metric family built during one scrape. Series are kept sorted by their label
 * values, so the exposition is the same for the same state whatever order the data came in, and
 * a label set can only appear once (a duplicate series would make Prometheus reject the scrape).
 * Not thread-safe: each scrape builds its own.
 */
final class Family {

    static final Comparator<List<String>> LABEL_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private sealed interface Value permits Scalar, Buckets {
    }

    private record Scalar(double value) implements Value {
    }

    private record Buckets(DurationHistogram histogram) implements Value {
    }

    private final FamilySpec spec;
    private final TreeMap<List<String>, Value> series = new TreeMap<>(LABEL_ORDER);

    Family(FamilySpec spec) {
        this.spec = spec;
    }

    FamilySpec spec() {
        return spec;
    }

    boolean isEmpty() {
        return series.isEmpty();
    }

    /** Sets a gauge or counter series, replacing an earlier value of the same labels. */
    void set(double value, String... labelValues) {
        series.put(key(labelValues), new Scalar(value));
    }

    /** Adds to a series, starting from zero. */
    void add(double delta, String... labelValues) {
        series.merge(key(labelValues), new Scalar(delta),
                (old, added) -> new Scalar(((Scalar) old).value() + ((Scalar) added).value()));
    }

    void histogram(DurationHistogram histogram, String... labelValues) {
        if (spec.kind() != FamilySpec.Kind.HISTOGRAM) {
            throw new IllegalStateException(spec.name() + " is not a histogram");
        }
        series.put(key(labelValues), new Buckets(histogram));
    }

    void addAll(Family other) {
        series.putAll(other.series);
    }

    MetricFamilySamples toSamples() {
        List<Sample> samples = new ArrayList<>(series.size());
        appendSamplesTo(samples);
        return samplesOf(spec, samples);
    }

    static MetricFamilySamples samplesOf(FamilySpec spec, List<Sample> samples) {
        return new MetricFamilySamples(spec.name(), type(spec), spec.help(), samples);
    }

    /** Appends this family's samples in label order. */
    void appendSamplesTo(List<Sample> samples) {
        for (Map.Entry<List<String>, Value> entry : series.entrySet()) {
            if (entry.getValue() instanceof Scalar scalar) {
                samples.add(new Sample(sampleName(), spec.labelNames(), entry.getKey(), scalar.value()));
            } else if (entry.getValue() instanceof Buckets buckets) {
                addHistogramSamples(samples, entry.getKey(), buckets.histogram());
            }
        }
    }

    private void addHistogramSamples(List<Sample> samples, List<String> labelValues, DurationHistogram h) {
        List<String> bucketLabels = new ArrayList<>(spec.labelNames());
        bucketLabels.add("le");
        List<Double> bounds = DurationHistogram.UPPER_BOUNDS_SECONDS;
        for (int i = 0; i < bounds.size(); i++) {
            samples.add(new Sample(spec.name() + "_bucket", bucketLabels,
                    withLe(labelValues, Collector.doubleToGoString(bounds.get(i))), h.cumulativeCounts().get(i)));
        }
        samples.add(new Sample(spec.name() + "_bucket", bucketLabels, withLe(labelValues, "+Inf"), h.count()));
        samples.add(new Sample(spec.name() + "_count", spec.labelNames(), labelValues, h.count()));
        samples.add(new Sample(spec.name() + "_sum", spec.labelNames(), labelValues, h.sumSeconds()));
    }

    private static List<String> withLe(List<String> labelValues, String le) {
        List<String> values = new ArrayList<>(labelValues);
        values.add(le);
        return values;
    }

    private String sampleName() {
        return spec.kind() == FamilySpec.Kind.COUNTER ? spec.name() + "_total" : spec.name();
    }

    private static Collector.Type type(FamilySpec spec) {
        return switch (spec.kind()) {
            case GAUGE -> Collector.Type.GAUGE;
            case COUNTER -> Collector.Type.COUNTER;
            case HISTOGRAM -> Collector.Type.HISTOGRAM;
        };
    }

    private List<String> key(String[] labelValues) {
        if (labelValues.length != spec.labelNames().size()) {
            throw new IllegalArgumentException(spec.name() + " takes labels " + spec.labelNames()
                    + ", got " + labelValues.length + " values");
        }
        String[] trimmed = new String[labelValues.length];
        for (int i = 0; i < labelValues.length; i++) {
            trimmed[i] = LabelValues.trim(labelValues[i]);
        }
        return List.of(trimmed);
    }
}

package io.github.m365health.e2e;

import io.github.m365health.metrics.Exposition;
import io.github.m365health.metrics.Exposition.Sample;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One answer of {@code /metrics}: the text as served and the samples read back from it.
 *
 * @param at when the request was sent (wall clock)
 */
record Scrape(Instant at, String text, Exposition exposition) {

    List<Sample> samples(String name, Map<String, String> having) {
        return exposition.samples(name, having);
    }

    /** The value of the one sample of {@code name} with these labels among others, if there is one. */
    Optional<Double> find(String name, Map<String, String> having) {
        List<Sample> found = samples(name, having);
        if (found.size() > 1) {
            throw new AssertionError("more than one sample " + name + having + ": " + found);
        }
        return found.stream().findFirst().map(Sample::value);
    }

    /** The value of the one sample of {@code name} with these labels among others; fails if there is none. */
    double value(String name, Map<String, String> having) {
        return exposition.value(name, having);
    }

    boolean has(String name, Map<String, String> having) {
        return !samples(name, having).isEmpty();
    }

    double sum(String name, Map<String, String> having) {
        return samples(name, having).stream().mapToDouble(Sample::value).sum();
    }

    /** What a failed wait shows as the last scrape seen. */
    @Override
    public String toString() {
        return "/metrics at " + at + ":\n" + text;
    }
}

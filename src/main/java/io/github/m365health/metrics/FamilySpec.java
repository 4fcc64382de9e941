package io.github.m365health.metrics;

import java.util.List;
import java.util.Objects;

/**
 * The fixed shape of one metric family: what dashboards and alert rules are written against.
 *
 * @param name for counters the name without {@code _total}, which is appended to each sample;
 *             for the others the sample name itself
 */
record FamilySpec(String name, Kind kind, String help, List<String> labelNames) {

    enum Kind { GAUGE, COUNTER, HISTOGRAM }

    FamilySpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(help, "help");
        labelNames = List.copyOf(labelNames);
        if (kind == Kind.COUNTER && name.endsWith("_total")) {
            throw new IllegalArgumentException(name + ": give counters their name without _total");
        }
    }

    static FamilySpec gauge(String name, String help, String... labelNames) {
        return new FamilySpec(name, Kind.GAUGE, help, List.of(labelNames));
    }

    static FamilySpec counter(String name, String help, String... labelNames) {
        return new FamilySpec(name, Kind.COUNTER, help, List.of(labelNames));
    }

    static FamilySpec histogram(String name, String help, String... labelNames) {
        return new FamilySpec(name, Kind.HISTOGRAM, help, List.of(labelNames));
    }
}

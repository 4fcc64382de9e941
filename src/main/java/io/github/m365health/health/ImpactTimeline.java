package io.github.m365health.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The union of the intervals in which a service had at least one issue of a classification.
 * Overlapping, nested and adjacent issues are merged so that a minute with two issues counts
 * once; a still-running issue reaches up to whatever instant the length is asked for.
 */
public final class ImpactTimeline {

    public static final ImpactTimeline EMPTY = new ImpactTimeline(List.of());

    /** @param end null while the interval is still running */
    public record Interval(Instant start, Instant end) {
        public Interval {
            Objects.requireNonNull(start, "start");
        }

        boolean reaches(Instant instant) {
            return end == null || !end.isBefore(instant);
        }
    }

    private final List<Interval> merged;

    private ImpactTimeline(List<Interval> merged) {
        this.merged = List.copyOf(merged);
    }

    public static ImpactTimeline of(Collection<Interval> intervals) {
        List<Interval> sorted = intervals.stream()
                .filter(i -> i.end() == null || !i.end().isBefore(i.start()))
                .sorted(Comparator.comparing(Interval::start))
                .toList();
        List<Interval> merged = new ArrayList<>();
        Interval current = null;
        for (Interval next : sorted) {
            if (current == null) {
                current = next;
            } else if (current.reaches(next.start())) {
                current = new Interval(current.start(), later(current.end(), next.end()));
            } else {
                merged.add(current);
                current = next;
            }
        }
        if (current != null) {
            merged.add(current);
        }
        return new ImpactTimeline(merged);
    }

    /** The disjoint intervals, sorted by start; only the last may still be running. */
    public List<Interval> intervals() {
        return merged;
    }

    /** Length of the union up to {@code now}: running intervals end there, later ones do not count yet. */
    public double secondsUntil(Instant now) {
        return seconds(null, now);
    }

    /**
     * Length of the union inside the window from {@code from} to {@code to}: intervals are clipped
     * to it and running ones end at {@code to}. The counter's value at {@code to} minus its value at
     * {@code from}, as long as the history did not change in between.
     */
    public double secondsBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        return from.isBefore(to) ? seconds(from, to) : 0;
    }

    private double seconds(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (Interval interval : merged) {
            if (!interval.start().isBefore(to)) {
                break;
            }
            Instant end = interval.reaches(to) ? to : interval.end();
            Instant start = from != null && from.isAfter(interval.start()) ? from : interval.start();
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total.getSeconds() + total.getNano() / 1e9;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null || b == null) {
            return null;
        }
        return a.isAfter(b) ? a : b;
    }
}

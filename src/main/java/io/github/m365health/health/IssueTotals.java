package io.github.m365health.health;

import java.util.Map;

/**
 * Figures computed from the whole stored history, so they survive restarts and never
 * double-count. Exposed as counters and a histogram.
 *
 * @param impactSeconds length of the union of issue intervals, never decreasing (held at its
 *                      previous high when Microsoft shortens an issue)
 * @param vanished      times unresolved issues left Graph's complete listings (design section 6)
 */
public record IssueTotals(
        Map<ServiceKey, Long> seen,
        Map<ReopenKey, Long> reopens,
        Map<ServiceKey, DurationHistogram> resolutionDurations,
        Map<ServiceKey, Double> impactSeconds,
        Map<ServiceKey, Long> vanished) {

    public static final IssueTotals EMPTY = new IssueTotals(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public IssueTotals(Map<ServiceKey, Long> seen, Map<ReopenKey, Long> reopens,
                       Map<ServiceKey, DurationHistogram> resolutionDurations, Map<ServiceKey, Double> impactSeconds) {
        this(seen, reopens, resolutionDurations, impactSeconds, Map.of());
    }

    public IssueTotals {
        seen = Map.copyOf(seen);
        reopens = Map.copyOf(reopens);
        resolutionDurations = Map.copyOf(resolutionDurations);
        impactSeconds = Map.copyOf(impactSeconds);
        vanished = Map.copyOf(vanished);
    }
}

package io.github.m365health.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Resolution durations bucketed for a Prometheus histogram. Bounds run from 1 hour to 14 days:
 * Microsoft incidents last from minutes (quick rollbacks) to weeks (EX1268771 ran 13 days). The
 * SLA dashboard and rules read only the mean (from sum and count) and the 90th percentile per
 * month, which these five bounds place in the right band: within the hour, the working day, the
 * day, the week or the fortnight. Every bound costs a series per service and classification (an
 * MSP tenant has 80 of those), so bounds between them (12 h, 3 d) were dropped to keep a tenant
 * within its series budget (README, "Series per tenant").
 *
 * @param cumulativeCounts one per upper bound, each counting durations at or below it; +Inf is {@code count}
 */
public record DurationHistogram(List<Long> cumulativeCounts, double sumSeconds, long count) {

    public static final List<Double> UPPER_BOUNDS_SECONDS = List.of(
            3600.0, 14400.0, 86400.0, 604800.0, 1209600.0);

    public DurationHistogram {
        cumulativeCounts = List.copyOf(cumulativeCounts);
        if (cumulativeCounts.size() != UPPER_BOUNDS_SECONDS.size()) {
            throw new IllegalArgumentException("one count per bucket bound expected");
        }
    }

    public static DurationHistogram of(Collection<Duration> durations) {
        List<Long> counts = new ArrayList<>();
        double sum = 0;
        for (Duration d : durations) {
            sum += d.toMillis() / 1000.0;
        }
        for (double bound : UPPER_BOUNDS_SECONDS) {
            counts.add(durations.stream().filter(d -> d.toMillis() / 1000.0 <= bound).count());
        }
        return new DurationHistogram(counts, sum, durations.size());
    }
}

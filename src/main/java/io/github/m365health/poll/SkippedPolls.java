package io.github.m365health.poll;

import io.github.m365health.log.Log;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts polls skipped because the previous one was still running, and warns about each tenant at
 * most once a minute. At a 1 s interval a tenant whose polls outlast the interval skips dozens of
 * times a minute; one line per skip buried the log (27,000 lines a minute at 100 tenants) while
 * saying no more than one line with a count does.
 */
final class SkippedPolls {

    static final Duration QUIET_PERIOD = Duration.ofMinutes(1);

    // Under the scheduler's name, where the per-skip warning used to come from, so filters keep working.
    private static final Log LOG = Log.of(PollScheduler.class);

    private final Clock clock;
    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

    SkippedPolls(Clock clock) {
        this.clock = clock;
    }

    /** @param listing {@code health} or {@code messages}: the one whose turn was just skipped */
    void skipped(String tenant, String listing) {
        long toReport = tallies.computeIfAbsent(tenant, t -> new Tally()).count(clock.instant());
        if (toReport > 0) {
            LOG.warn("poll skipped: the previous one is still running",
                    "tenant", tenant, "listing", listing, "skipped", toReport);
        }
    }

    /** One tenant's skips since its last warning. */
    private static final class Tally {
        private long skipped;
        private Instant lastWarned;

        /** @return how many skips to report now, or 0 while the last warning is less than a minute old */
        synchronized long count(Instant now) {
            skipped++;
            if (lastWarned != null && now.isBefore(lastWarned.plus(QUIET_PERIOD))) {
                return 0;
            }
            long toReport = skipped;
            skipped = 0;
            lastWarned = now;
            return toReport;
        }
    }
}

package io.github.m365health.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Maps script seconds (the timeline as written, at speed 1) to wall-clock instants and back.
 * Instants are whole seconds, as Graph mostly sends them, so that differences computed from them
 * (EX1215307's 559800 s) are exact.
 *
 * @param origin wall-clock instant of the first poll: script second 0
 */
record ScriptTime(Instant origin, double speed) {

    /** The wall-clock instant at which the script reaches {@code scriptSeconds}. */
    Instant at(double scriptSeconds) {
        long nanos = Math.round(scriptSeconds / speed * 1e9);
        return origin.plusNanos(nanos).truncatedTo(ChronoUnit.SECONDS);
    }

    /** How far the script has played at {@code now}; never negative. */
    double secondsAt(Instant now) {
        Duration elapsed = Duration.between(origin, now);
        if (elapsed.isNegative()) {
            return 0;
        }
        return (elapsed.getSeconds() + elapsed.getNano() / 1e9) * speed;
    }
}

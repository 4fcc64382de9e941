package io.github.m365health.testing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Polls for an outcome that a running system reaches on its own schedule (a poll every second,
 * a scrape, a line in a log), up to a deadline: the one poll-until loop of the tests. The pause
 * between attempts only paces the polling; no result depends on it. An attempt that throws ends
 * the wait at once (a process that died will not start listening later).
 */
public final class Eventually {

    private static final Duration PACE = Duration.ofMillis(200);

    private Eventually() {
    }

    /**
     * @return the first result of {@code attempt} that satisfies {@code done}
     * @throws AssertionError naming {@code what} and the last result when the deadline passes first
     */
    public static <T> T await(String what, Duration timeout, Callable<T> attempt, Predicate<T> done) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        T last;
        while (true) {
            last = attempt.call();
            if (done.test(last)) {
                return last;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not reached within " + timeout.toSeconds() + " s: " + what
                        + "\nlast seen: " + describe(last));
            }
            TimeUnit.MILLISECONDS.sleep(PACE.toMillis());
        }
    }

    /** Waits until {@code done} holds; {@code what} names it in the failure. */
    public static void await(String what, Duration timeout, BooleanSupplier done) throws Exception {
        await(what, timeout, done::getAsBoolean, Boolean::booleanValue);
    }

    private static String describe(Object last) {
        if (last instanceof HttpResponse<?> response) {
            return "HTTP " + response.statusCode() + " " + response.body();
        }
        return String.valueOf(last);
    }
}

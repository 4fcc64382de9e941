package io.github.m365health.testing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Polls for an outcome that a running system reaches on its own schedule (a poll every second,
 * a scrape, a line in a log), up to a deadline: the one poll-until loop of the tests. The pause
 * between attempts only paces the polling; no result depends on it. An attempt that throws ends
 * the wait at once, and so does a give-up condition that names a reason (a process that died
 * will not start listening later).
 */
public final class Eventually {

    private static final Duration PACE = Duration.ofMillis(200);

    private Eventually() {
    }

    /** One look at the system; {@code E} is what it may throw, so callers declare no more than that. */
    @FunctionalInterface
    public interface Attempt<T, E extends Exception> {
        T call() throws E;
    }

    /**
     * @return the first result of {@code attempt} that satisfies {@code done}
     * @throws AssertionError naming {@code what} and the last result when the deadline passes first
     */
    public static <T, E extends Exception> T await(String what, Duration timeout, Attempt<T, E> attempt,
                                                   Predicate<T> done) throws E, InterruptedException {
        return await(what, timeout, attempt, done, Optional::empty);
    }

    /**
     * As {@link #await(String, Duration, Attempt, Predicate)}, and ends early when {@code giveUp},
     * asked after each attempt that is not yet done, gives a reason: there is no use waiting on.
     *
     * @throws AssertionError with that reason and the last result
     */
    public static <T, E extends Exception> T await(String what, Duration timeout, Attempt<T, E> attempt,
                                                   Predicate<T> done, Attempt<Optional<String>, E> giveUp)
            throws E, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            T last = attempt.call();
            if (done.test(last)) {
                return last;
            }
            Optional<String> reason = giveUp.call();
            if (reason.isPresent()) {
                throw new AssertionError("gave up waiting for " + what + ": " + reason.get()
                        + "\nlast seen: " + describe(last));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not reached within " + timeout.toSeconds() + " s: " + what
                        + "\nlast seen: " + describe(last));
            }
            TimeUnit.MILLISECONDS.sleep(PACE.toMillis());
        }
    }

    /**
     * For a caller that reports what it saw rather than failing here: the first result that
     * satisfies {@code done}, or the last one when the deadline passes.
     */
    public static <T, E extends Exception> T lastUntil(Duration timeout, Attempt<T, E> attempt, Predicate<T> done)
            throws E, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            T last = attempt.call();
            if (done.test(last) || Instant.now().isAfter(deadline)) {
                return last;
            }
            TimeUnit.MILLISECONDS.sleep(PACE.toMillis());
        }
    }

    /** Waits until {@code done} holds; {@code what} names it in the failure. */
    public static void await(String what, Duration timeout, BooleanSupplier done) throws InterruptedException {
        await(what, timeout, done::getAsBoolean, Boolean::booleanValue);
    }

    private static String describe(Object last) {
        if (last instanceof HttpResponse<?> response) {
            return "HTTP " + response.statusCode() + " " + response.body();
        }
        return String.valueOf(last);
    }
}

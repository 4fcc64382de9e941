package io.github.m365health.graph;

import io.github.m365health.log.Log;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Sends one request, retrying what Graph and Entra ask to be retried (429, 500, 502, 503, 504,
 * timeouts, network errors), reporting every exchange and retry to {@link GraphTelemetry}, and
 * never waiting past the caller's deadline. Any other status is handed back to the caller, who
 * knows what it means for its endpoint (a 401 renews the token, a 403 names a permission).
 */
final class RetryingHttp {

    private static final Log LOG = Log.of(RetryingHttp.class);

    private final OkHttpClient http;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RandomGenerator random;
    private final GraphTelemetry telemetry;
    private final String tenant;
    private final long maxBodyBytes;
    private final RetryAfterHolds holds = new RetryAfterHolds();

    RetryingHttp(OkHttpClient http, RetryPolicy policy, Sleeper sleeper, Clock clock, RandomGenerator random,
            GraphTelemetry telemetry, String tenant, long maxBodyBytes) {
        this.http = Objects.requireNonNull(http, "http");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.maxBodyBytes = maxBodyBytes;
    }

    Clock clock() {
        return clock;
    }

    GraphTelemetry telemetry() {
        return telemetry;
    }

    HttpReply execute(GraphEndpoint endpoint, Request request, Instant deadline) throws GraphException {
        for (int attempt = 1; ; attempt++) {
            String reason;
            Duration wait;
            boolean reported = false;
            awaitHold(endpoint, request, deadline);
            try (Response response = http.newCall(request).execute()) {
                int status = response.code();
                telemetry.requestCompleted(endpoint, Integer.toString(status));
                reported = true;
                LOG.debug("http exchange", "tenant", tenant, "method", request.method(), "endpoint", endpoint.label(),
                        "path", request.url().encodedPath(), "status", status, "attempt", attempt);
                reason = retryReason(status);
                if (reason != null) {
                    holdAsAsked(endpoint, response.header("Retry-After"));
                }
                if (reason == null || attempt >= policy.maxAttempts()) {
                    return new HttpReply(status, readBody(endpoint, status, response.body()), attempt, null, response.header("Content-Type"));
                }
                wait = waitBefore(attempt, reason, response.header("Retry-After"));
                if (passesDeadline(wait, deadline)) {
                    return new HttpReply(status, readBody(endpoint, status, response.body()), attempt, wait, response.header("Content-Type"));
                }
            } catch (IOException e) {
                reason = e instanceof InterruptedIOException ? RetryReasons.TIMEOUT : RetryReasons.NETWORK_ERROR;
                if (!reported) {
                    telemetry.requestCompleted(endpoint, reason);
                }
                LOG.debug("http exchange failed", "tenant", tenant, "method", request.method(),
                        "endpoint", endpoint.label(), "path", request.url().encodedPath(), "error", reason,
                        "attempt", attempt);
                String what = describe(endpoint) + " failed: " + (RetryReasons.TIMEOUT.equals(reason) ? "request timed out" : "network error")
                        + " (" + e.getClass().getSimpleName() + ")";
                if (attempt >= policy.maxAttempts()) {
                    throw new GraphException(endpoint, 0, reason, what + " after " + attempt + " attempts", e);
                }
                wait = waitBefore(attempt, reason, null);
                if (passesDeadline(wait, deadline)) {
                    throw new GraphException(endpoint, 0, reason, what + "; gave up after " + attempt
                            + " attempt(s): the next retry (in " + HttpReply.seconds(wait) + ") would pass the deadline", e);
                }
            }
            telemetry.retried(endpoint, reason);
            pause(endpoint, wait);
        }
    }

    static String describe(GraphEndpoint endpoint) {
        return endpoint == GraphEndpoint.TOKEN ? "token request" : "Graph " + endpoint.label() + " listing";
    }

    private static String retryReason(int status) {
        return switch (status) {
            case 429 -> RetryReasons.THROTTLED;
            case 503, 504 -> RetryReasons.UNAVAILABLE;
            case 500, 502 -> RetryReasons.SERVER_ERROR;
            default -> null;
        };
    }

    private void holdAsAsked(GraphEndpoint endpoint, String retryAfter) {
        Instant now = clock.instant();
        RetryAfter.parse(retryAfter, now).map(this::capped).ifPresent(wait -> holds.hold(endpoint, now.plus(wait)));
    }

    /**
     * Waits out a {@code Retry-After} still running from an earlier request, possibly of an
     * earlier poll; when it outlasts this poll's deadline, the request is not sent at all.
     */
    private void awaitHold(GraphEndpoint endpoint, Request request, Instant deadline) throws GraphException {
        Duration wait = holds.remaining(endpoint, clock.instant());
        if (wait.isZero()) {
            return;
        }
        if (passesDeadline(wait, deadline)) {
            throw new GraphException(endpoint, 0, "retry_after_pending", describe(endpoint)
                    + " not sent: the server asked (Retry-After) not to be called for another " + HttpReply.seconds(wait)
                    + ", beyond this poll's deadline; a later poll calls it once that time has passed");
        }
        LOG.debug("waiting for Retry-After", "tenant", tenant, "endpoint", endpoint.label(),
                "path", request.url().encodedPath(), "wait", HttpReply.seconds(wait));
        pause(endpoint, wait);
    }

    private Duration capped(Duration asked) {
        Duration cap = policy.retryAfterCap();
        return asked.compareTo(cap) > 0 ? cap : asked;
    }

    /** The server's Retry-After (capped) when it gave one; otherwise our jittered backoff. */
    private Duration waitBefore(int attempt, String reason, String retryAfter) {
        Optional<Duration> asked = RetryAfter.parse(retryAfter, clock.instant());
        if (asked.isPresent()) {
            return capped(asked.get());
        }
        boolean serverError = !RetryReasons.THROTTLED.equals(reason) && !RetryReasons.UNAVAILABLE.equals(reason);
        return policy.backoff(attempt, serverError, random);
    }

    private boolean passesDeadline(Duration wait, Instant deadline) {
        return clock.instant().plus(wait).isAfter(deadline);
    }

    private void pause(GraphEndpoint endpoint, Duration wait) throws GraphException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphException(endpoint, 0, "interrupted", describe(endpoint) + ": interrupted while waiting to retry", e);
        }
    }

    /** Reads at most {@code maxBodyBytes}: a hostile or broken server must not exhaust the heap. */
    private byte[] readBody(GraphEndpoint endpoint, int status, ResponseBody body) throws IOException, GraphException {
        if (body.contentLength() > maxBodyBytes) {
            throw tooLarge(endpoint, status);
        }
        BufferedSource source = body.source();
        if (source.request(maxBodyBytes + 1)) {
            throw tooLarge(endpoint, status);
        }
        return source.readByteArray();
    }

    private GraphException tooLarge(GraphEndpoint endpoint, int status) {
        return new GraphException(endpoint, status, "response_too_large",
                describe(endpoint) + ": HTTP " + status + " response larger than " + maxBodyBytes + " bytes, refused");
    }
}

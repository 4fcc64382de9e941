package io.github.m365health.translate;

import io.github.m365health.graph.Sleeper;
import io.github.m365health.log.Log;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Sends one translation request with the Graph client's rules: 429, 500, 502, 503, 504, timeouts
 * and network errors are retried, honouring {@code Retry-After} up to a cap, otherwise with
 * jittered exponential backoff; no wait passes the caller's deadline; bodies are read up to a
 * cap. Every exchange is counted. Other statuses go back to the provider, which knows their meaning.
 */
final class TranslationHttp {

    private static final Log LOG = Log.of(TranslationHttp.class);

    /** A 50,000-character batch comes back as a few hundred KiB at most. */
    static final long MAX_BODY_BYTES = 8L * 1024 * 1024;
    static final int MAX_ATTEMPTS = 4;
    static final Duration RETRY_AFTER_CAP = Duration.ofSeconds(120);
    static final Duration BASE_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    /**
     * The last answer after any retries; {@code note} says how retrying ended, for messages;
     * {@code retryWait} is the server's Retry-After as a duration, zero when it gave none.
     */
    record Reply(int status, byte[] body, String retryAfter, String note, Duration retryWait) {
        boolean successful() {
            return status >= 200 && status < 300;
        }
    }

    private final OkHttpClient http;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RandomGenerator random;
    private final TranslationTelemetry telemetry;
    private final String provider;

    TranslationHttp(OkHttpClient http, Sleeper sleeper, Clock clock, RandomGenerator random,
                    TranslationTelemetry telemetry, String provider) {
        this.http = Objects.requireNonNull(http, "http");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    Reply execute(Request request, Instant deadline) throws TranslationException {
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            try (Response response = http.newCall(request).execute()) {
                int status = response.code();
                telemetry.requestCompleted(provider, Integer.toString(status));
                LOG.debug("translation exchange", "provider", provider, "status", status, "attempt", attempt);
                String retryAfter = response.header("Retry-After");
                if (!retryable(status)) {
                    return new Reply(status, read(status, response.body()), retryAfter, attempts(attempt), asked(retryAfter));
                }
                wait = waitBefore(attempt, retryAfter);
                if (attempt >= MAX_ATTEMPTS) {
                    return new Reply(status, read(status, response.body()), retryAfter, attempts(attempt), asked(retryAfter));
                }
                if (clock.instant().plus(wait).isAfter(deadline)) {
                    return new Reply(status, read(status, response.body()), retryAfter,
                            " (gave up after " + attempt + " attempt(s): the next retry in " + wait.toSeconds()
                                    + "s would pass the deadline)", asked(retryAfter));
                }
            } catch (IOException e) {
                String code = e instanceof InterruptedIOException ? "timeout" : "network_error";
                telemetry.requestCompleted(provider, code);
                String what = provider + " translation request failed: "
                        + ("timeout".equals(code) ? "timed out" : "network error") + " (" + e.getClass().getSimpleName() + ")";
                wait = waitBefore(attempt, null);
                if (attempt >= MAX_ATTEMPTS || clock.instant().plus(wait).isAfter(deadline)) {
                    throw new TranslationException(TranslationException.Kind.TRANSIENT, what + attempts(attempt), e);
                }
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TranslationException(TranslationException.Kind.TRANSIENT,
                        provider + " translation request: interrupted while waiting to retry", e);
            }
        }
    }

    private Duration asked(String retryAfter) {
        return retryAfter(retryAfter, clock.instant()).orElse(Duration.ZERO);
    }

    private static String attempts(int attempt) {
        return attempt > 1 ? " (after " + attempt + " attempts)" : "";
    }

    private static boolean retryable(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    private Duration waitBefore(int attempt, String retryAfter) {
        Optional<Duration> asked = retryAfter(retryAfter, clock.instant());
        if (asked.isPresent()) {
            return asked.get().compareTo(RETRY_AFTER_CAP) > 0 ? RETRY_AFTER_CAP : asked.get();
        }
        long ceiling = Math.min(MAX_BACKOFF.toMillis(), BASE_BACKOFF.toMillis() << Math.min(attempt - 1, 16));
        return Duration.ofMillis(ceiling / 2 + random.nextLong(ceiling / 2 + 1));
    }

    /** Delta seconds or an HTTP-date; empty when absent or unreadable. */
    static Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        if (value.chars().allMatch(Character::isDigit)) {
            return Optional.of(value.length() > 9 ? RETRY_AFTER_CAP : Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Duration wait = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Reads at most {@link #MAX_BODY_BYTES}: a hostile or broken server must not exhaust the heap. */
    private byte[] read(int status, ResponseBody body) throws IOException, TranslationException {
        BufferedSource source = body.source();
        if (body.contentLength() > MAX_BODY_BYTES || source.request(MAX_BODY_BYTES + 1)) {
            throw new TranslationException(TranslationException.Kind.BAD_RESPONSE, provider
                    + " translation request: HTTP " + status + " response larger than " + MAX_BODY_BYTES + " bytes, refused");
        }
        return source.readByteArray();
    }
}

package io.github.m365health.graph;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads an HTTP {@code Retry-After} header: delta seconds (what Graph sends) or an HTTP-date. */
final class RetryAfter {

    private RetryAfter() {
    }

    /** Empty when absent or unreadable, so the caller falls back to its own backoff. */
    static Optional<Duration> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        if (value.chars().allMatch(Character::isDigit)) {
            // Anything longer than 18 digits is absurd; it is capped by the caller anyway.
            return Optional.of(value.length() > 18 ? Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L)
                    : Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package io.github.m365health.report;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A calendar month in UTC as a report measures it: from its first instant to the first instant of
 * the next month, but only up to {@code now} while the month is running.
 *
 * @param from  first instant of the month
 * @param until end of the measured part: the month's end, or now for the current month
 */
public record ReportWindow(YearMonth month, Instant from, Instant until, Duration length) {

    public ReportWindow {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(length, "length");
    }

    /** @throws IllegalArgumentException with a one-line message unless {@code text} is a month as YYYY-MM */
    public static YearMonth parseMonth(String text) {
        if (text != null && text.matches("\\d{4}-\\d{2}")) {
            int monthOfYear = Integer.parseInt(text.substring(5));
            if (monthOfYear >= 1 && monthOfYear <= 12) {
                return YearMonth.of(Integer.parseInt(text.substring(0, 4)), monthOfYear);
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a month; give it as YYYY-MM, e.g. 2026-03");
    }

    public static ReportWindow of(YearMonth month, Instant now) {
        Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant until = now.isBefore(end) ? (now.isBefore(from) ? from : now) : end;
        return new ReportWindow(month, from, until, Duration.between(from, end));
    }

    /** The month's end, exclusive, whether or not it has come. */
    public Instant end() {
        return from.plus(length);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(end());
    }

    /** Whether an interval from {@code start} to {@code end} (null while running) touches the measured part. */
    public boolean overlaps(Instant start, Instant end) {
        return start.isBefore(end()) && !start.isAfter(until) && (end == null || end.isAfter(from) || contains(start));
    }
}

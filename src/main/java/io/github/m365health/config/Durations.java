package io.github.m365health.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations written the way Prometheus and Go users expect: {@code 90s}, {@code 5m},
 * {@code 1h30m}, {@code 7d}, {@code 2w}, {@code 500ms}. Whole numbers only, units from largest to
 * smallest, each at most once (the Prometheus rule, so {@code 1m1h} is refused rather than guessed).
 */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|[smhdw])");
    private static final Pattern NUMBER_ONLY = Pattern.compile("\\d+");
    private static final List<String> UNITS_DESCENDING = List.of("w", "d", "h", "m", "s", "ms");
    private static final String EXAMPLES = "use e.g. 90s, 5m, 1h30m, 7d";

    private Durations() {
    }

    /** @throws IllegalArgumentException with a message that quotes the text and says what is wrong */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty duration; " + EXAMPLES);
        }
        String trimmed = text.strip();
        if (trimmed.equals("0")) {
            return Duration.ZERO;
        }
        if (NUMBER_ONLY.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("\"" + trimmed + "\" has no unit; write " + trimmed + "s or " + EXAMPLES);
        }
        Matcher matcher = PART.matcher(trimmed);
        Duration total = Duration.ZERO;
        int position = 0;
        int lastUnit = -1;
        while (position < trimmed.length()) {
            if (!matcher.find(position) || matcher.start() != position) {
                throw notADuration(trimmed);
            }
            int unit = UNITS_DESCENDING.indexOf(matcher.group(2));
            if (unit <= lastUnit) {
                throw new IllegalArgumentException(
                        "\"" + trimmed + "\": units must go from largest to smallest, each once; " + EXAMPLES);
            }
            lastUnit = unit;
            try {
                total = total.plus(part(trimmed, matcher.group(1), matcher.group(2)));
            } catch (ArithmeticException e) {
                throw tooLarge(trimmed);
            }
            position = matcher.end();
        }
        return total;
    }

    /** Go's rendering: {@code 1m0s}, {@code 1h30m0s}, {@code 168h0m0s}, {@code 1.5s}, {@code 500ms}. */
    public static String format(Duration duration) {
        if (duration.isNegative()) {
            return "-" + format(duration.negated());
        }
        if (duration.isZero()) {
            return "0s";
        }
        if (duration.compareTo(Duration.ofSeconds(1)) < 0) {
            return decimal(BigDecimal.valueOf(duration.toNanos(), 6)) + "ms";
        }
        StringBuilder text = new StringBuilder();
        long hours = duration.toHours();
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (hours > 0 || duration.toMinutesPart() > 0) {
            text.append(duration.toMinutesPart()).append('m');
        }
        BigDecimal seconds = BigDecimal.valueOf(duration.toSecondsPart())
                .add(BigDecimal.valueOf(duration.toNanosPart(), 9));
        return text.append(decimal(seconds)).append('s').toString();
    }

    /** Prometheus's rendering, in the units people write: {@code 7d}, {@code 1d12h}, {@code 1m30s}, {@code 0s}. */
    public static String formatShort(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return duration.isZero() ? "0s" : "-" + formatShort(duration.negated());
        }
        StringBuilder text = new StringBuilder();
        appendIfPositive(text, duration.toDaysPart(), "d");
        appendIfPositive(text, duration.toHoursPart(), "h");
        appendIfPositive(text, duration.toMinutesPart(), "m");
        appendIfPositive(text, duration.toSecondsPart(), "s");
        appendIfPositive(text, duration.toMillisPart(), "ms");
        return text.length() == 0 ? format(duration) : text.toString();
    }

    private static void appendIfPositive(StringBuilder text, long amount, String unit) {
        if (amount > 0) {
            text.append(amount).append(unit);
        }
    }

    private static Duration part(String text, String digits, String unit) {
        try {
            long amount = Long.parseLong(digits);
            return switch (unit) {
                case "w" -> Duration.ofDays(Math.multiplyExact(amount, 7));
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMillis(amount);
            };
        } catch (NumberFormatException | ArithmeticException e) {
            throw tooLarge(text);
        }
    }

    private static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static IllegalArgumentException tooLarge(String text) {
        return new IllegalArgumentException("\"" + text + "\" is too large");
    }

    private static IllegalArgumentException notADuration(String text) {
        return new IllegalArgumentException("\"" + text + "\" is not a duration; " + EXAMPLES);
    }
}

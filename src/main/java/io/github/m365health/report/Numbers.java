package io.github.m365health.report;

import java.time.Duration;
import java.util.Locale;

/** How the report writes figures for people: fixed decimals, the same in every locale. */
final class Numbers {

    private Numbers() {
    }

    static String minutes(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds / 60);
    }

    /** A ratio as a percentage with three decimals, enough to tell 99.9 % from 99.85 %. */
    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.3f %%", ratio * 100);
    }

    static String count(int n, String singular) {
        return count(n, singular, singular + "s");
    }

    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** A duration as days, hours, minutes and seconds, leaving out leading zero units: "6 d 11 h 30 m". */
    static String duration(Duration duration) {
        long seconds = duration.getSeconds();
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        StringBuilder text = new StringBuilder();
        append(text, days, "d");
        append(text, hours, "h");
        append(text, minutes, "m");
        append(text, rest, "s");
        return text.length() == 0 ? "0 s" : text.toString().trim();
    }

    private static void append(StringBuilder text, long value, String unit) {
        if (value > 0) {
            text.append(value).append(' ').append(unit).append(' ');
        }
    }
}

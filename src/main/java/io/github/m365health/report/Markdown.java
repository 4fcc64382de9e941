package io.github.m365health.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Markdown building blocks: Microsoft's text escaped so that it stays text, and UTC times. */
final class Markdown {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Markdown() {
    }

    /**
     * Untrusted text as literal Markdown: the characters that open emphasis, code, links, HTML,
     * entities, headings or table cells are backslash-escaped, so a post can neither inject markup
     * nor links nor break a table, and ordinary prose stays readable.
     */
    static String text(String untrusted) {
        StringBuilder out = new StringBuilder(untrusted.length() + 16);
        for (char c : untrusted.toCharArray()) {
            if ("\\`*_[]<>|#&~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Untrusted text on one line, as a table cell or list item needs it. */
    static String line(String untrusted) {
        return text(untrusted.replaceAll("\\s*\\R\\s*", " ").strip());
    }

    /** Untrusted text as paragraphs, its line breaks kept as Markdown hard breaks. */
    static String block(String untrusted) {
        return text(untrusted.strip()).replaceAll("\\R", "  \n");
    }

    static String time(Instant instant) {
        return UTC.format(instant);
    }

    /** "6 d 11 h 30 min": days, hours and minutes, zero parts left out. */
    static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        StringBuilder out = new StringBuilder();
        if (days > 0) {
            out.append(days).append(" d ");
        }
        if (hours > 0) {
            out.append(hours).append(" h ");
        }
        if (rest > 0 || out.length() == 0) {
            out.append(rest).append(" min ");
        }
        return out.toString().strip();
    }
}

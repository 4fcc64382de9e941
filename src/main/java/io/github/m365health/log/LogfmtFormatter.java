package io.github.m365health.log;

import java.time.Clock;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * logfmt, as Prometheus and its exporters write it: {@code key=value} pairs on one line, a value
 * quoted when it is empty or holds a space, a quote, {@code =}, a backslash or a control character.
 */
final class LogfmtFormatter extends Formatter {

    private final Clock clock;
    private final boolean stackTraces;

    LogfmtFormatter(Clock clock, boolean stackTraces) {
        this.clock = clock;
        this.stackTraces = stackTraces;
    }

    @Override
    public String format(LogRecord record) {
        LogLine line = LogLine.of(record, clock.instant(), stackTraces, this);
        StringBuilder out = new StringBuilder(128);
        pair(out, "ts", line.ts());
        pair(out, "level", line.level());
        if (!line.logger().isEmpty()) {
            pair(out, "logger", line.logger());
        }
        pair(out, "msg", line.msg());
        for (Map.Entry<String, Object> field : line.fields()) {
            pair(out, field.getKey(), String.valueOf(field.getValue()));
        }
        if (line.err() != null) {
            pair(out, "err", line.err());
        }
        if (line.stack() != null) {
            pair(out, "stack", line.stack());
        }
        return out.append('\n').toString();
    }

    private static void pair(StringBuilder out, String key, String value) {
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(key).append('=');
        if (!needsQuotes(value)) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == '=' || c == '"' || c == '\\' || isControl(c)) {
                return true;
            }
        }
        return false;
    }

    /** C0 and C1 controls, and the Unicode line and paragraph separators some viewers break lines at. */
    private static boolean isControl(char c) {
        return c < ' ' || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029';
    }
}

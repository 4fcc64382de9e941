package io.github.m365health.log;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * What both formats print for a record: fixed keys first, then the record's own key/value pairs
 * (see {@link Log}), then the exception if any.
 */
record LogLine(String ts, String level, String logger, String msg, List<Map.Entry<String, Object>> fields,
        String err, String stack) {

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String OWN_PACKAGE = "io.github.m365health.";
    private static final Set<String> FIXED_KEYS = Set.of("ts", "level", "logger", "msg", "err", "stack");
    private static final int MAX_CAUSES = 8;

    static LogLine of(LogRecord record, Instant now, boolean stackTraces, Formatter formatter) {
        List<Map.Entry<String, Object>> fields = new ArrayList<>();
        Throwable thrown = record.getThrown();
        String msg;
        if (carriesKeyValues(record)) {
            msg = record.getMessage();
            Object[] parameters = record.getParameters();
            for (int i = 0; parameters != null && i < parameters.length; i += 2) {
                fields.add(new AbstractMap.SimpleImmutableEntry<>(key((String) parameters[i], thrown == null), parameters[i + 1]));
            }
        } else {
            // A third-party record: its parameters fill {0}-style placeholders in the message.
            msg = formatter.formatMessage(record);
        }
        return new LogLine(TS.format(now), levelName(record.getLevel()), loggerName(record.getLoggerName()),
                msg == null ? "" : msg, fields, thrown == null ? null : describe(thrown),
                thrown != null && stackTraces ? stack(thrown) : null);
    }

    static String levelName(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "error";
        }
        if (value >= Level.WARNING.intValue()) {
            return "warn";
        }
        return value >= Level.CONFIG.intValue() ? "info" : "debug";
    }

    /** Our own loggers by package ({@code poll}, {@code graph}); others by their full name. */
    private static String loggerName(String name) {
        if (name == null) {
            return "";
        }
        if (name.startsWith(OWN_PACKAGE)) {
            String rest = name.substring(OWN_PACKAGE.length());
            int dot = rest.indexOf('.');
            return dot < 0 ? rest : rest.substring(0, dot);
        }
        return name;
    }

    private static boolean carriesKeyValues(LogRecord record) {
        Object[] parameters = record.getParameters();
        if (parameters == null || parameters.length == 0) {
            return true;
        }
        if (parameters.length % 2 != 0 || record.getMessage() != null && record.getMessage().contains("{0")) {
            return false;
        }
        for (int i = 0; i < parameters.length; i += 2) {
            if (!(parameters[i] instanceof String)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keys become bare words; one that would shadow a fixed key gets a trailing underscore. An
     * {@code err} field is the line's {@code err} when no exception fills it: the usual way to log
     * a failure's one-line message.
     */
    private static String key(String raw, boolean errIsFree) {
        String cleaned = raw.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (cleaned.isEmpty()) {
            return "_";
        }
        if (errIsFree && cleaned.equals("err")) {
            return cleaned;
        }
        return FIXED_KEYS.contains(cleaned) ? cleaned + "_" : cleaned;
    }

    private static String describe(Throwable thrown) {
        StringBuilder text = new StringBuilder(String.valueOf(thrown));
        Throwable cause = thrown.getCause();
        for (int depth = 0; cause != null && cause != thrown && depth < MAX_CAUSES; depth++) {
            text.append("; caused by ").append(cause);
            cause = cause.getCause();
        }
        return text.toString();
    }

    private static String stack(Throwable thrown) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return trace.toString().strip();
    }
}

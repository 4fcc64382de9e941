package io.github.m365health.log;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Structured logging on top of java.util.logging: a message plus key/value pairs, which the
 * configured {@link java.util.logging.Formatter} renders as logfmt or JSON. Keys and values are
 * carried as the record's parameters, {@code key1, value1, key2, value2, ...}.
 *
 * <p>Never pass a secret or a token as a value.
 */
public final class Log {

    private final Logger logger;

    private Log(Logger logger) {
        this.logger = logger;
    }

    public static Log of(Class<?> owner) {
        return new Log(Logger.getLogger(owner.getName()));
    }

    public void debug(String message, Object... keyValues) {
        log(Level.FINE, message, null, keyValues);
    }

    public void info(String message, Object... keyValues) {
        log(Level.INFO, message, null, keyValues);
    }

    public void warn(String message, Object... keyValues) {
        log(Level.WARNING, message, null, keyValues);
    }

    public void error(String message, Object... keyValues) {
        log(Level.SEVERE, message, null, keyValues);
    }

    public void error(String message, Throwable thrown, Object... keyValues) {
        log(Level.SEVERE, message, thrown, keyValues);
    }

    private void log(Level level, String message, Throwable thrown, Object[] keyValues) {
        if (!logger.isLoggable(level)) {
            return;
        }
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("key/value pairs expected, got " + keyValues.length + " items");
        }
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(logger.getName());
        // Without these, java.util.logging walks the stack and names this class as the source.
        record.setSourceClassName(logger.getName());
        record.setSourceMethodName("");
        record.setParameters(keyValues);
        record.setThrown(thrown);
        logger.log(record);
    }
}

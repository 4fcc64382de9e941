package io.github.m365health.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects the java.util.logging records of one logger subtree at a level, and restores it on close. */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final Level previousLevel;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(Logger logger, Level level) {
        this.logger = logger;
        this.previousLevel = logger.getLevel();
        setLevel(level);
        logger.setLevel(level);
        logger.addHandler(this);
    }

    public static LogCapture of(String loggerName, Level level) {
        return new LogCapture(Logger.getLogger(loggerName), level);
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** Records at {@code level} whose key/value parameters contain {@code key=value}. */
    public List<LogRecord> withParam(Level level, String key, Object value) {
        return records.stream()
                .filter(r -> r.getLevel().equals(level))
                .filter(r -> hasParam(r, key, value))
                .toList();
    }

    /** Everything a formatter could print: logger, message, parameters and any exception with its causes. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (LogRecord record : records) {
            text.append(record.getLevel()).append(' ').append(record.getLoggerName()).append(' ')
                    .append(record.getMessage()).append(' ')
                    .append(record.getParameters() == null ? "" : Arrays.deepToString(record.getParameters()))
                    .append('\n');
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                text.append(trace).append('\n');
            }
        }
        return text.toString();
    }

    private static boolean hasParam(LogRecord record, String key, Object value) {
        Object[] params = record.getParameters();
        if (params == null) {
            return false;
        }
        for (int i = 0; i + 1 < params.length; i += 2) {
            if (key.equals(params[i]) && String.valueOf(value).equals(String.valueOf(params[i + 1]))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            records.add(record);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
    }
}

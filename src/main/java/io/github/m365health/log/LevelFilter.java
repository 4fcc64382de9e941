package io.github.m365health.log;

import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Decides per record, by logger name, what reaches the output: the chosen level for the
 * exporter's own loggers, at least INFO for everyone else and at least WARNING for chatty
 * libraries. Decided here rather than by logger levels alone, because a logger created before
 * start-up keeps its old place in java.util.logging's tree and would escape a level set by name.
 */
final class LevelFilter implements Filter {

    private static final String OWN_PACKAGE = "io.github.m365health.";

    private final Level own;
    private final Level others;
    private final Level quiet;
    private final List<String> quietPrefixes;

    LevelFilter(Level level, List<String> quietLoggers) {
        this.own = level;
        this.others = max(level, Level.INFO);
        this.quiet = max(level, Level.WARNING);
        this.quietPrefixes = quietLoggers.stream().map(name -> name + ".").toList();
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        return record.getLevel().intValue() >= threshold(record.getLoggerName()).intValue();
    }

    Level threshold(String loggerName) {
        String name = loggerName == null ? "" : loggerName + ".";
        if (name.startsWith(OWN_PACKAGE)) {
            return own;
        }
        for (String prefix : quietPrefixes) {
            if (name.startsWith(prefix)) {
                return quiet;
            }
        }
        return others;
    }

    static Level max(Level a, Level b) {
        return a.intValue() >= b.intValue() ? a : b;
    }
}

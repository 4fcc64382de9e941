package io.github.m365health.log;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Points java.util.logging at one handler that writes logfmt or JSON lines, replacing the JDK's
 * two-line console format. Call once at start-up, before the first line is logged.
 */
public final class LogSetup {

    /** {@code --log.level} names and the java.util.logging levels they stand for. */
    private static final Map<String, Level> LEVELS = Map.of(
            "debug", Level.FINE, "info", Level.INFO, "warn", Level.WARNING, "error", Level.SEVERE);

    /** Libraries whose INFO chatter tells an operator nothing about the exporter. */
    static final List<String> QUIET_LOGGERS = List.of(
            "okhttp3", "org.eclipse.jetty", "wiremock", "com.github.tomakehurst.wiremock", "org.wiremock");

    private static final List<String> PLATFORM_LOGGERS = List.of("java", "javax", "jdk", "sun", "com.sun");

    private LogSetup() {
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static Level parseLevel(String name) {
        Level level = LEVELS.get(name.strip().toLowerCase(Locale.ROOT));
        if (level == null) {
            throw new IllegalArgumentException("\"" + name + "\" must be one of debug, info, warn, error");
        }
        return level;
    }

    public static void configure(Level level, LogFormat format, PrintStream out) {
        configure(level, format, out, Clock.systemUTC());
    }

    /**
     * @param level {@code FINE} (debug) also adds stack traces to records that carry an exception
     */
    public static void configure(Level level, LogFormat format, PrintStream out, Clock clock) {
        try {
            LogManager.getLogManager()
                    .readConfiguration(new ByteArrayInputStream(properties(level).getBytes(StandardCharsets.ISO_8859_1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LineHandler handler = new LineHandler(out, format.formatter(clock, level.intValue() <= Level.FINE.intValue()));
        handler.setLevel(level);
        handler.setFilter(new LevelFilter(level, QUIET_LOGGERS));
        Logger.getLogger("").addHandler(handler);
    }

    /**
     * The handler's {@link LevelFilter} decides what is written. These levels only spare the JDK
     * and libraries from building debug records nobody will see: the JDK's HTTP classes, for
     * one, format request headers (bearer tokens included) at FINE.
     */
    private static String properties(Level level) {
        StringBuilder properties = new StringBuilder("handlers=\n")
                .append(".level=").append(level.getName()).append('\n');
        for (String platform : PLATFORM_LOGGERS) {
            properties.append(platform).append(".level=").append(LevelFilter.max(level, Level.INFO).getName()).append('\n');
        }
        for (String quiet : QUIET_LOGGERS) {
            properties.append(quiet).append(".level=").append(LevelFilter.max(level, Level.WARNING).getName()).append('\n');
        }
        return properties.toString();
    }
}

package io.github.m365health.e2e;

import io.github.m365health.log.LogFormat;
import io.github.m365health.log.LogSetup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogManager;

/**
 * The exporter's logging as {@code --log.level=debug --log.format=logfmt} sets it up (the same
 * {@link LogSetup} call: one logfmt handler on the root logger, with its per-logger filter), but
 * writing to memory instead of stderr. Closing it restores the JDK's default logging.
 */
final class CapturedLog implements AutoCloseable {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private CapturedLog() {
        LogSetup.configure(Level.FINE, LogFormat.LOGFMT, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    static CapturedLog atDebug() {
        return new CapturedLog();
    }

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Lines whose {@code msg} is exactly {@code message}. */
    List<String> withMessage(String message) {
        String quoted = message.matches("[^\\s\"=\\\\]+") ? message : "\"" + message + "\"";
        return text().lines().filter(line -> line.contains(" msg=" + quoted + " ") || line.endsWith(" msg=" + quoted))
                .toList();
    }

    @Override
    public void close() throws IOException {
        LogManager.getLogManager().readConfiguration();
    }
}

package io.github.m365health.log;

import java.io.PrintStream;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/** Writes each formatted record to a stream and flushes at once, so no line waits in a buffer. */
final class LineHandler extends Handler {

    private final PrintStream out;

    LineHandler(PrintStream out, Formatter formatter) {
        this.out = out;
        setFormatter(formatter);
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String line;
        try {
            line = getFormatter().format(record);
        } catch (RuntimeException e) {
            reportError("cannot format a log record", e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        // One print call per line: PrintStream serialises them, so concurrent lines never interleave.
        out.print(line);
        out.flush();
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        flush();
    }
}

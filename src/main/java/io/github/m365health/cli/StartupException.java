package io.github.m365health.cli;

/** The exporter cannot start; the message is the one line to show the operator. */
public final class StartupException extends Exception {

    private static final long serialVersionUID = 1L;

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}

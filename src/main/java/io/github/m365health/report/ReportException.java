package io.github.m365health.report;

/**
 * A report that cannot be made, with a one-line message for the user.
 *
 * @see #userError() whether the request was at fault (an unknown tenant) rather than the history
 */
public final class ReportException extends Exception {

    private final boolean userError;

    public ReportException(String message, boolean userError, Throwable cause) {
        super(message, cause);
        this.userError = userError;
    }

    public boolean userError() {
        return userError;
    }
}

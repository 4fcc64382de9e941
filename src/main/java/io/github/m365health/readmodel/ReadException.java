package io.github.m365health.readmodel;

/** The history could not be read; the message is one line naming what was being read and why it failed. */
public final class ReadException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReadException(String message, Throwable cause) {
        super(message, cause);
    }
}

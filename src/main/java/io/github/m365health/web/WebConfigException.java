package io.github.m365health.web;

/** The web configuration file cannot be used; the message is one line naming the file and the key at fault. */
public final class WebConfigException extends java.io.IOException {

    private static final long serialVersionUID = 1L;

    WebConfigException(String message) {
        super(message);
    }
}

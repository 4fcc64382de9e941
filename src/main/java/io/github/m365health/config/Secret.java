package io.github.m365health.config;

import java.util.Objects;

/**
 * A credential value read from a file or the environment. It never shows itself in
 * {@code toString}, so it cannot leak through a log line, an exception message or a debugger's
 * record printout.
 */
public final class Secret {

    private final String value;

    public Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The plain value, for the one place that must send it. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Secret[redacted]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}

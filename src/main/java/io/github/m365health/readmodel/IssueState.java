package io.github.m365health.readmodel;

import java.util.Locale;

/** Which issues a list shows: unresolved ones, resolved ones, or both. */
public enum IssueState {
    OPEN, ENDED, ALL;

    /** The query parameter value. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static IssueState parse(String text) {
        for (IssueState state : values()) {
            if (state.parameter().equals(text)) {
                return state;
            }
        }
        throw new IllegalArgumentException("state must be open, ended or all, got \"" + text + "\"");
    }
}

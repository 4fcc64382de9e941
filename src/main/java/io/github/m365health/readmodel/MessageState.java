package io.github.m365health.readmodel;

import java.util.Locale;

/** Which Message Center posts a list shows: active ones (no end, or an end ahead), ended ones, or both. */
public enum MessageState {
    ACTIVE, ENDED, ALL;

    /** The query parameter value. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static MessageState parse(String text) {
        for (MessageState state : values()) {
            if (state.parameter().equals(text)) {
                return state;
            }
        }
        throw new IllegalArgumentException("state must be active, ended or all, got \"" + text + "\"");
    }
}

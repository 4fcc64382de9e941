package io.github.m365health.health;

import java.util.Objects;

/** One labelled part of a post; {@code text} is plain text, trimmed, line breaks kept. */
public record PostSection(PostLabel label, String text) {
    public PostSection {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}

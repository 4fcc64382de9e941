package io.github.m365health.readmodel;

import java.time.Instant;
import java.util.Objects;

/**
 * Why two issues are linked: where the later issue names the earlier one, and the words around
 * the name. Microsoft links a re-listed problem only in prose ("the impact described in EX1256020
 * is still occurring"), so this is what a reader checks the link against.
 *
 * @param postedAt the post's time when {@code source} is {@link Source#POST}, otherwise null
 * @param excerpt  plain text (markup removed) around the named id; untrusted, escape it when shown
 */
public record Evidence(Source source, Instant postedAt, String excerpt) {

    /** Which of the later issue's texts names the earlier issue. */
    public enum Source { TITLE, USER_IMPACT, POST }

    public Evidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(excerpt, "excerpt");
    }
}

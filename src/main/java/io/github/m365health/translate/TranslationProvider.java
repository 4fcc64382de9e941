package io.github.m365health.translate;

import java.time.Instant;
import java.util.List;

/**
 * A machine translation service. Texts are HTML fragments; the answer has the markup kept and
 * exactly one translation per text, in order, or the call fails.
 */
public interface TranslationProvider {

    /** As in configuration and in the {@code provider} label: azure, deepl, libretranslate. */
    String name();

    /** What one request may carry; {@link Batches} keeps every call within it. */
    BatchLimits limits();

    /** @throws TranslationException with a one-line message; nothing of a failed call may be kept */
    List<String> translate(List<String> htmlTexts, Instant deadline) throws TranslationException;
}

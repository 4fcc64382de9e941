package io.github.m365health.translate;

/**
 * What the pages and the JSON API ask: the translation of a title or of a post or message body,
 * or why there is none yet. Reads the store only; never calls the translator.
 */
public interface TranslationLookup {

    /** The configured target language (BCP 47), e.g. ja. */
    String language();

    /** azure, deepl or libretranslate. */
    String provider();

    /** A title's translation, as plain text. */
    TranslationView title(String title);

    /** A post's or message body's translation, as sanitized HTML. */
    TranslationView body(String content);
}

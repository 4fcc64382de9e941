package io.github.m365health.translate;

/** What the pages and the JSON API show for one text: its translation, or why there is none yet. */
public sealed interface TranslationView {

    /**
     * @param text     sanitized HTML for a body, plain text for a title
     * @param language the target language as configured (BCP 47)
     * @param provider azure, deepl or libretranslate
     */
    record Translated(String text, String language, String provider) implements TranslationView {
    }

    /** Not translated yet: the original is shown with a note. */
    record Pending() implements TranslationView {
    }

    /** This month's character budget is spent; translation resumes next month. */
    record BudgetReached() implements TranslationView {
    }

    /** Translation is configured but cannot work, e.g. the provider refused the language. */
    record Unavailable(String reason) implements TranslationView {
    }
}

package io.github.m365health.web.pages;

import io.github.m365health.translate.TranslationLookup;
import io.github.m365health.translate.TranslationView;
import java.util.Optional;

/**
 * Machine translations beside Microsoft's originals, as on the seed page: a post becomes two
 * columns, the original and its translation; a title gets a translated line. A translation is as
 * untrusted as its original and passes the same sanitizer. Without translation configured, pages
 * render exactly as before.
 */
final class Translations {

    private final Optional<TranslationLookup> lookup;

    Translations(Optional<TranslationLookup> lookup) {
        this.lookup = lookup;
    }

    boolean enabled() {
        return lookup.isPresent();
    }

    /** A field row with the title's translation, or nothing when translation is off. */
    String titleField(String title) {
        if (lookup.isEmpty() || title.isBlank()) {
            return "";
        }
        TranslationLookup translations = lookup.get();
        TranslationView view = translations.title(title);
        String value = view instanceof TranslationView.Translated done ? titleSpan(done) : note(view);
        return "<dt>Title (" + Escape.html(translations.language()) + ")</dt><dd>" + value + "</dd>\n";
    }

    /**
     * The title for a list's cell: the original, and under it its translation once there is one.
     * A list says nothing of pending translations; the item's own page does.
     */
    String titleCell(String title) {
        String original = Escape.html(title);
        if (lookup.isEmpty() || title.isBlank()
                || !(lookup.get().title(title) instanceof TranslationView.Translated done)) {
            return original;
        }
        return original + "<br>" + titleSpan(done);
    }

    /** A translated title, escaped like the original. */
    private static String titleSpan(TranslationView.Translated done) {
        return "<span class=\"translation\" lang=\"" + Escape.html(done.language()) + "\">" + Escape.html(done.text())
                + "</span>";
    }

    /**
     * @param originalHtml the original's sanitized element, already rendered
     * @param content      the original as Graph sent it, which is what was translated
     */
    String beside(String originalHtml, String content) {
        if (lookup.isEmpty() || content.isBlank()) {
            return originalHtml;
        }
        TranslationLookup translations = lookup.get();
        TranslationView view = translations.body(content);
        String translated = view instanceof TranslationView.Translated done
                ? PostHtml.clean(done.text())
                : note(view);
        return "<div class=\"bilingual\">\n" + originalHtml + "<div class=\"post translation\" lang=\""
                + Escape.html(translations.language()) + "\"><p class=\"translation-note\">Machine translation ("
                + Escape.html(translations.language()) + ", " + Escape.html(translations.provider()) + ")</p>"
                + translated + "</div>\n</div>\n";
    }

    /** Why there is no translation yet; the original stands beside it. */
    static String note(TranslationView view) {
        String why;
        if (view instanceof TranslationView.BudgetReached) {
            why = "not translated: this month's translation budget is reached";
        } else if (view instanceof TranslationView.Unavailable unavailable) {
            why = "not translated: " + unavailable.reason();
        } else {
            why = "translation pending";
        }
        return "<em class=\"translation-pending\">" + Escape.html(why) + "</em>";
    }
}

package io.github.m365health.web.pages;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.m365health.translate.TranslationLookup;
import io.github.m365health.translate.TranslationView;
import java.util.Optional;

/**
 * The JSON API's {@code translation} objects: language, provider, and per text a status
 * ({@code translated}, {@code pending}, {@code budget_reached}, {@code unavailable} with a reason)
 * with the translation when there is one; HTML sanitized like the original's. Absent when
 * translation is not configured.
 */
final class TranslationJson {

    private final Optional<TranslationLookup> lookup;

    TranslationJson(Optional<TranslationLookup> lookup) {
        this.lookup = lookup;
    }

    /** {@code translation: {language, provider, title: {status, text}}} on an issue or message. */
    Optional<ObjectNode> withTitle(ObjectNode owner, String title) {
        return lookup.map(translations -> {
            ObjectNode node = head(owner, translations);
            put(node.putObject("title"), translations.title(title), "text", false);
            return node;
        });
    }

    /** {@code translation: {language, provider, status, <field>}} on a post. */
    void body(ObjectNode owner, String content, String field) {
        lookup.ifPresent(translations -> put(head(owner, translations), translations.body(content), field, true));
    }

    /** Adds {@code field: {status, html}} to an existing translation object, such as a message's body. */
    void bodyInto(Optional<ObjectNode> translation, String content, String field) {
        translation.ifPresent(node -> put(node.putObject(field), lookup.orElseThrow().body(content), "html", true));
    }

    private static ObjectNode head(ObjectNode owner, TranslationLookup translations) {
        ObjectNode node = owner.putObject("translation");
        node.put("language", translations.language());
        node.put("provider", translations.provider());
        return node;
    }

    private static void put(ObjectNode node, TranslationView view, String field, boolean html) {
        if (view instanceof TranslationView.Translated done) {
            node.put("status", "translated");
            node.put(field, html ? PostHtml.clean(done.text()) : done.text());
        } else if (view instanceof TranslationView.BudgetReached) {
            node.put("status", "budget_reached");
        } else if (view instanceof TranslationView.Unavailable unavailable) {
            node.put("status", "unavailable");
            node.put("reason", unavailable.reason());
        } else {
            node.put("status", "pending");
        }
    }
}

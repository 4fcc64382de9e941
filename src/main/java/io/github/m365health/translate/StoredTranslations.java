package io.github.m365health.translate;

import io.github.m365health.store.StoreException;
import io.github.m365health.store.TranslationRecords;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Translations as the store holds them, with the worker's reasons for those it does not hold yet. */
final class StoredTranslations implements TranslationLookup {

    private final TranslationRecords records;
    private final String provider;
    private final String language;
    private final Supplier<String> unavailable;
    private final BooleanSupplier budgetReached;

    StoredTranslations(TranslationRecords records, String provider, String language, Supplier<String> unavailable,
                       BooleanSupplier budgetReached) {
        this.records = records;
        this.provider = provider;
        this.language = language;
        this.unavailable = unavailable;
        this.budgetReached = budgetReached;
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public String provider() {
        return provider;
    }

    @Override
    public TranslationView title(String title) {
        return lookup(SourceText.title(title));
    }

    @Override
    public TranslationView body(String content) {
        return lookup(SourceText.body(content));
    }

    TranslationView lookup(SourceText text) {
        if (text.isBlank()) {
            return new TranslationView.Translated("", language, provider);
        }
        try {
            String stored = records.find(provider, language, List.of(text.sha256())).get(text.sha256());
            if (stored != null) {
                return new TranslationView.Translated(text.plain() ? HtmlFragments.text(stored) : stored, language, provider);
            }
        } catch (StoreException e) {
            return new TranslationView.Unavailable(e.getMessage());
        }
        String reason = unavailable.get();
        if (reason != null) {
            return new TranslationView.Unavailable(reason);
        }
        return budgetReached.getAsBoolean() ? new TranslationView.BudgetReached() : new TranslationView.Pending();
    }
}

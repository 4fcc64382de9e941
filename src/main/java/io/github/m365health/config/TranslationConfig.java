package io.github.m365health.config;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The validated {@code translation:} block: which service translates titles, posts and Message
 * Center bodies, into which language, and how many characters a month it may be sent.
 *
 * @param endpoint where requests go: the provider's default or the configured one
 * @param region   Azure only: the resource's region, for regional and multi-service resources
 * @param key      absent only for a LibreTranslate server that needs none
 * @param monthlyCharacterBudget absent when unlimited
 */
public record TranslationConfig(
        Provider provider,
        String to,
        URI endpoint,
        Optional<String> region,
        Optional<Secret> key,
        OptionalLong monthlyCharacterBudget) {

    public TranslationConfig {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(monthlyCharacterBudget, "monthlyCharacterBudget");
    }

    /** The services a {@code translation.provider} may name. */
    public enum Provider {
        AZURE, DEEPL, LIBRETRANSLATE;

        /** As written in the configuration and in the {@code provider} label. */
        public String configName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}

package io.github.m365health.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The whole validated configuration file. */
public record ExporterConfig(
        List<TenantConfig> tenants,
        Poll poll,
        State state,
        Metrics metrics,
        Reopen reopen,
        Optional<TranslationConfig> translation) {

    public ExporterConfig {
        tenants = List.copyOf(tenants);
        translation = translation == null ? Optional.empty() : translation;
    }

    /** A configuration without translation. */
    public ExporterConfig(List<TenantConfig> tenants, Poll poll, State state, Metrics metrics, Reopen reopen) {
        this(tenants, poll, state, metrics, reopen, Optional.empty());
    }

    /** The same configuration translating as {@code translation} says. */
    public ExporterConfig withTranslation(Optional<TranslationConfig> translation) {
        return new ExporterConfig(tenants, poll, state, metrics, reopen, translation);
    }

    /** @param interval healthOverviews and issues; @param messagesInterval Message Center */
    public record Poll(Duration interval, Duration messagesInterval) {
    }

    /** @param historyRetention how long ended issues and posts stay in the store */
    public record State(Path path, Duration historyRetention) {
    }

    /**
     * @param resolvedIssueRetention how long per-issue series stay after an issue ends
     * @param messages               which Message Center posts get per-post series
     */
    public record Metrics(Duration resolvedIssueRetention, MessageSeries messages) {

        public Metrics(Duration resolvedIssueRetention) {
            this(resolvedIssueRetention, MessageSeries.ACTIONABLE);
        }
    }

    /** @param followUpWindow how recently an issue must have ended for a new issue naming it to count as its reopen */
    public record Reopen(Duration followUpWindow) {
    }
}

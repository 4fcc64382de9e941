package io.github.m365health.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The configuration file as written, before any checking: every value is still text (or absent,
 * as null) so that {@link ConfigValidator} can say precisely what is wrong with it. Keys not
 * declared here are refused by Jackson.
 */
record RawConfig(List<RawTenant> tenants, RawPoll poll, RawState state, RawMetrics metrics, RawReopen reopen,
                 RawTranslation translation) {

    static final RawConfig EMPTY = new RawConfig(null, null, null, null, null, null);

    record RawTenant(
            String name,
            @JsonProperty("tenant_id") String tenantId,
            @JsonProperty("client_id") String clientId,
            @JsonProperty("client_secret_file") String clientSecretFile,
            @JsonProperty("client_secret_env") String clientSecretEnv,
            RawCertificate certificate,
            @JsonProperty("federated_token_file") String federatedTokenFile,
            String cloud,
            @JsonProperty("authority_url") String authorityUrl,
            @JsonProperty("graph_url") String graphUrl,
            RawServices services) {
    }

    record RawCertificate(
            String file,
            @JsonProperty("password_file") String passwordFile,
            @JsonProperty("password_env") String passwordEnv,
            String algorithm) {
    }

    record RawServices(List<String> include, List<String> exclude) {
    }

    record RawPoll(String interval, @JsonProperty("messages_interval") String messagesInterval) {
    }

    record RawState(String path, @JsonProperty("history_retention") String historyRetention) {
    }

    record RawMetrics(@JsonProperty("resolved_issue_retention") String resolvedIssueRetention,
                      @JsonProperty("messages") String messages) {
    }

    record RawReopen(@JsonProperty("follow_up_window") String followUpWindow) {
    }

    record RawTranslation(
            String provider,
            String to,
            String endpoint,
            String region,
            @JsonProperty("key_file") String keyFile,
            @JsonProperty("key_env") String keyEnv,
            @JsonProperty("monthly_character_budget") String monthlyCharacterBudget) {
    }
}

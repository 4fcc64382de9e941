package io.github.m365health.config;

import java.util.stream.Collectors;

/** The short report {@code --config.check} prints. It names credentials by kind only. */
public final class ConfigSummary {

    private ConfigSummary() {
    }

    /**
     * For example {@code OK: 2 tenants: contoso (global, client secret), fabrikam (usgov, certificate
     * RS256); poll 1m0s, messages 5m0s; state m365-health-exporter.db}.
     */
    public static String of(ExporterConfig config) {
        int count = config.tenants().size();
        String tenants = count + (count == 1 ? " tenant" : " tenants");
        if (count > 0) {
            tenants += ": " + config.tenants().stream().map(ConfigSummary::describe).collect(Collectors.joining(", "));
        }
        return "OK: " + tenants
                + "; poll " + Durations.format(config.poll().interval())
                + ", messages " + Durations.format(config.poll().messagesInterval())
                + "; state " + config.state().path()
                + config.translation().map(ConfigSummary::describe).orElse("");
    }

    /** The provider, language and budget; the key only as present or not. */
    static String describe(TranslationConfig translation) {
        return "; translation " + translation.provider().configName() + " to " + translation.to() + " via "
                + translation.endpoint() + (translation.key().isPresent() ? " with key" : " without key")
                + (translation.monthlyCharacterBudget().isPresent()
                        ? ", budget " + translation.monthlyCharacterBudget().getAsLong() + " characters a month" : "");
    }

    static String describe(TenantConfig tenant) {
        String cloud = tenant.cloud() == Cloud.CUSTOM
                ? "custom " + tenant.graphUrl()
                : tenant.cloud().configName();
        return tenant.name() + " (" + cloud + ", " + describe(tenant.credential()) + ")";
    }

    /** The kind of credential, never its material. */
    public static String describe(Credential credential) {
        if (credential instanceof Credential.ClientSecret) {
            return "client secret";
        }
        if (credential instanceof Credential.Certificate certificate) {
            return "certificate " + certificate.algorithm();
        }
        return "federated token";
    }
}

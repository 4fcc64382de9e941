package io.github.m365health.config;

import io.github.m365health.health.ServiceFilter;
import java.net.URI;
import java.util.Objects;

/**
 * One tenant, validated and with its cloud resolved to concrete hosts.
 *
 * @param authorityUrl origin of the token endpoint, e.g. {@code https://login.microsoftonline.com}
 * @param graphUrl     origin of Graph, e.g. {@code https://graph.microsoft.com}; the token scope
 *                     is {@code <graphUrl>/.default}
 */
public record TenantConfig(
        String name,
        String tenantId,
        String clientId,
        Credential credential,
        Cloud cloud,
        URI authorityUrl,
        URI graphUrl,
        ServiceFilter services) {

    public TenantConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(authorityUrl, "authorityUrl");
        Objects.requireNonNull(graphUrl, "graphUrl");
        Objects.requireNonNull(services, "services");
    }
}

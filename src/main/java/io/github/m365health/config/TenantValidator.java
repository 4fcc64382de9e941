package io.github.m365health.config;

import io.github.m365health.health.ServiceFilter;
import io.github.m365health.config.RawConfig.RawServices;
import io.github.m365health.config.RawConfig.RawTenant;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks one tenant entry and resolves its cloud and credential. */
final class TenantValidator {

    static final Pattern NAME = Pattern.compile("[a-z0-9_-]+");
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}");
    /** Entra's multi-tenant aliases: valid in a URL, but an app-only token needs one definite tenant. */
    private static final Set<String> ALIASES = Set.of("common", "organizations", "consumers");

    private final CredentialResolver credentials;

    TenantValidator(CredentialResolver credentials) {
        this.credentials = credentials;
    }

    TenantConfig validate(String path, RawTenant raw) throws ConfigException {
        if (raw == null) {
            throw new ConfigException(path, "empty entry; expected name, tenant_id, client_id and a credential");
        }
        String name = required(path + ".name", raw.name());
        if (!NAME.matcher(name).matches()) {
            throw new ConfigException(path + ".name", "\"" + name + "\" must match [a-z0-9_-]+");
        }
        String tenantId = tenantId(path + ".tenant_id", required(path + ".tenant_id", raw.tenantId()));
        String clientId = required(path + ".client_id", raw.clientId());
        if (!GUID.matcher(clientId).matches()) {
            throw new ConfigException(path + ".client_id",
                    "\"" + clientId + "\" must be a GUID (the app registration's Application (client) ID)");
        }
        Cloud cloud = cloud(path + ".cloud", raw.cloud());
        URI authority = host(path + ".authority_url", cloud, raw.authorityUrl(), cloud.authorityUrl().orElse(null));
        URI graph = host(path + ".graph_url", cloud, raw.graphUrl(), cloud.graphUrl().orElse(null));
        ServiceFilter services = services(path + ".services", raw.services());
        Credential credential = credentials.resolve(path, raw);
        return new TenantConfig(name, tenantId, clientId, credential, cloud, authority, graph, services);
    }

    private static String tenantId(String key, String value) throws ConfigException {
        if (ALIASES.contains(value.toLowerCase(Locale.ROOT))) {
            throw new ConfigException(key, "\"" + value + "\" names no single tenant;"
                    + " app-only tokens need the tenant's GUID or a domain such as contoso.onmicrosoft.com");
        }
        if (!GUID.matcher(value).matches() && !DOMAIN.matcher(value).matches()) {
            throw new ConfigException(key, "\"" + value + "\" must be a tenant GUID or a domain name"
                    + " such as contoso.onmicrosoft.com");
        }
        return value;
    }

    private static Cloud cloud(String key, String value) throws ConfigException {
        if (value == null) {
            return Cloud.GLOBAL;
        }
        for (Cloud cloud : Cloud.values()) {
            if (cloud.configName().equals(value.strip())) {
                return cloud;
            }
        }
        throw new ConfigException(key, "\"" + value + "\" must be one of " + Arrays.stream(Cloud.values())
                .map(Cloud::configName).collect(Collectors.joining(", ")));
    }

    private static URI host(String key, Cloud cloud, String configured, URI fixed) throws ConfigException {
        if (cloud != Cloud.CUSTOM) {
            if (configured != null) {
                throw new ConfigException(key, "only for cloud: custom; cloud " + cloud.configName()
                        + " always uses " + fixed);
            }
            return fixed;
        }
        if (configured == null || configured.isBlank()) {
            throw new ConfigException(key, "required with cloud: custom");
        }
        try {
            return Origins.origin(configured);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, e.getMessage());
        }
    }

    private static ServiceFilter services(String key, RawServices raw) throws ConfigException {
        if (raw == null) {
            return ServiceFilter.ALL;
        }
        Set<String> include = names(key + ".include", raw.include());
        Set<String> exclude = names(key + ".exclude", raw.exclude());
        for (String name : include) {
            if (exclude.contains(name)) {
                throw new ConfigException(key, "\"" + name + "\" is both included and excluded");
            }
        }
        return new ServiceFilter(include, exclude);
    }

    private static Set<String> names(String key, List<String> raw) throws ConfigException {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; raw != null && i < raw.size(); i++) {
            String name = raw.get(i);
            if (name == null || name.isBlank()) {
                throw new ConfigException(key + "[" + i + "]", "must be a service's display name, such as Exchange Online");
            }
            names.add(name.strip());
        }
        return names;
    }

    static String required(String key, String value) throws ConfigException {
        if (value == null || value.isBlank()) {
            throw new ConfigException(key, "required");
        }
        return value.strip();
    }
}

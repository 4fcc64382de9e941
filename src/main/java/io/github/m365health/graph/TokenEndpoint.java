package io.github.m365health.graph;

import io.github.m365health.config.TenantConfig;
import okhttp3.HttpUrl;

/**
 * Where a tenant's tokens come from and what they are for.
 *
 * @param url   {@code <authority>/<tenantId>/oauth2/v2.0/token}; also the {@code aud} of a client assertion
 * @param scope {@code <graph origin>/.default}: app-only tokens carry every granted application permission
 */
record TokenEndpoint(HttpUrl url, String scope) {

    static TokenEndpoint of(TenantConfig tenant) {
        HttpUrl url = HttpUrl.get(tenant.authorityUrl().toString()).newBuilder()
                .addPathSegment(tenant.tenantId())
                .addPathSegments("oauth2/v2.0/token")
                .build();
        return new TokenEndpoint(url, origin(HttpUrl.get(tenant.graphUrl().toString())) + "/.default");
    }

    /** scheme://host[:port] without a trailing slash; the port only when it is not the scheme's default. */
    static String origin(HttpUrl url) {
        String base = new HttpUrl.Builder().scheme(url.scheme()).host(url.host()).port(url.port()).build().toString();
        return base.substring(0, base.length() - 1);
    }
}

package io.github.m365health.graph;

import io.github.m365health.config.TenantConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** Builds a tenant's {@link GraphApi}: HTTP client, token source for its credential, and the client. */
public final class GraphClients {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    /** Far above any real listing page (1000 items are a few MiB), far below what hurts the heap. */
    public static final long MAX_BODY_BYTES = 32L * 1024 * 1024;

    private GraphClients() {
    }

    /**
     * Idle connections kept for all tenants together: about one per concurrent poll, so a busy
     * exporter reuses its connections to Graph and Entra instead of opening one per request.
     */
    static final int IDLE_CONNECTIONS = 16;

    /** The factory the poller calls: {@link RetryPolicy#DEFAULT} and a real random source, on the shared {@code http}. */
    public static GraphApi create(TenantConfig tenant, Clock clock, Sleeper sleeper, GraphTelemetry telemetry,
                                  OkHttpClient http) {
        return create(tenant, clock, sleeper, telemetry, http, RetryPolicy.DEFAULT, new Random());
    }

    /**
     * The one HTTP client every tenant's Graph client shares, with the default timeouts. Graph and
     * Entra are the same hosts for every tenant and each request carries its own tenant's token,
     * so connections can be shared; and a client of its own per tenant cost MSP-100 about half a
     * second of start-up building 100 connection pools and TLS set-ups.
     */
    public static OkHttpClient sharedHttpClient() {
        return httpClient(CONNECT_TIMEOUT, READ_TIMEOUT, CALL_TIMEOUT).newBuilder()
                .connectionPool(new ConnectionPool(IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
                .build();
    }

    /** As {@link #create(TenantConfig, Clock, Sleeper, GraphTelemetry)}, with the HTTP client, policy and jitter source given. */
    public static GraphApi create(TenantConfig tenant, Clock clock, Sleeper sleeper, GraphTelemetry telemetry,
            OkHttpClient http, RetryPolicy policy, RandomGenerator random) {
        RetryingHttp retrying = retryingHttp(tenant, clock, sleeper, telemetry, http, policy, random);
        TokenSource tokens = tokenSource(tenant, retrying);
        PageParser parser = new PageParser(tenant.name());
        GraphItems items = new GraphItems(new WireValues(tenant.name()));
        return new GraphClient(HttpUrl.get(tenant.graphUrl().toString()), tokens, retrying, parser, items);
    }

    /**
     * An OkHttp client for Graph. Redirects are not followed: Graph does not redirect these
     * listings, and a redirect must not carry the bearer token anywhere.
     */
    public static OkHttpClient httpClient(Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
        return new OkHttpClient.Builder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .callTimeout(callTimeout)
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
    }

    static RetryingHttp retryingHttp(TenantConfig tenant, Clock clock, Sleeper sleeper, GraphTelemetry telemetry,
            OkHttpClient http, RetryPolicy policy, RandomGenerator random) {
        return new RetryingHttp(http, policy, sleeper, clock, random, telemetry, tenant.name(), MAX_BODY_BYTES);
    }

    /** The token source for the tenant's credential: secret, certificate or federated token. */
    static TokenSource tokenSource(TenantConfig tenant, RetryingHttp http) {
        Objects.requireNonNull(tenant, "tenant");
        return new EntraTokenSource(TokenEndpoint.of(tenant), tenant.clientId(),
                ClientAuthentication.of(tenant.clientId(), tenant.credential()), http);
    }
}

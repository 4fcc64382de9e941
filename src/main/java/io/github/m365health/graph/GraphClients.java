package io.github.m365health.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
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

    /**
     * What every tenant's Graph client shares: the HTTP client and the JSON mapper of the pages.
     * Graph and Entra are the same hosts for every tenant and each request carries its own
     * tenant's token, so connections can be shared. Each of these per tenant cost MSP-100's start:
     * half a second building 100 connection pools and TLS set-ups, and a fifth of the first polls
     * building 100 mappers' deserializers.
     */
    public static final class Shared {
        private final OkHttpClient http;
        private final ObjectMapper pages;

        private Shared(OkHttpClient http, ObjectMapper pages) {
            this.http = http;
            this.pages = pages;
        }
    }

    /** The parts to share, with the default timeouts. */
    public static Shared shared() {
        return new Shared(httpClient(CONNECT_TIMEOUT, READ_TIMEOUT, CALL_TIMEOUT).newBuilder()
                .connectionPool(new ConnectionPool(IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
                .build(), PageParser.mapper());
    }

    /** The factory the poller calls: {@link RetryPolicy#DEFAULT} and a real random source, on the {@code shared} parts. */
    public static GraphApi create(TenantConfig tenant, Clock clock, Sleeper sleeper, GraphTelemetry telemetry,
                                  Shared shared) {
        RetryingHttp retrying = retryingHttp(tenant, clock, sleeper, telemetry, shared.http, RetryPolicy.DEFAULT,
                new Random());
        return create(tenant, retrying, new PageParser(tenant.name(), shared.pages));
    }

    /** As {@link #create(TenantConfig, Clock, Sleeper, GraphTelemetry, Shared)}, with the HTTP client, policy and jitter source given. */
    public static GraphApi create(TenantConfig tenant, Clock clock, Sleeper sleeper, GraphTelemetry telemetry,
            OkHttpClient http, RetryPolicy policy, RandomGenerator random) {
        return create(tenant, retryingHttp(tenant, clock, sleeper, telemetry, http, policy, random),
                new PageParser(tenant.name()));
    }

    private static GraphApi create(TenantConfig tenant, RetryingHttp retrying, PageParser parser) {
        GraphItems items = new GraphItems(new WireValues(tenant.name()));
        return new GraphClient(HttpUrl.get(tenant.graphUrl().toString()), tokenSource(tenant, retrying), retrying,
                parser, items);
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

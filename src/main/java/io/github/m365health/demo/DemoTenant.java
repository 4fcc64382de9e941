package io.github.m365health.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.m365health.config.Cloud;
import io.github.m365health.config.Credential;
import io.github.m365health.config.Secret;
import io.github.m365health.health.ServiceFilter;
import io.github.m365health.config.TenantConfig;
import io.github.m365health.graph.GraphEndpoint;
import io.github.m365health.log.Log;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated Microsoft 365 tenant on 127.0.0.1: Entra ID's token endpoint and Graph's three
 * service-announcement listings, over real HTTP, playing {@link DemoScenario}. The exporter runs
 * against it unchanged, through {@link #tenantConfig(ServiceFilter)}. Its app registration (tenant
 * id, client id, secret) is made up afresh on every start.
 */
public final class DemoTenant implements AutoCloseable {

    /** The tenant's name in configuration and in the {@code tenant} label. */
    public static final String NAME = "demo";

    private static final Log LOG = Log.of(DemoTenant.class);
    private static final Pattern TOKEN_PATH = Pattern.compile("/([^/]+)/oauth2/v2\\.0/token");
    private static final Pattern INCIDENT_REPORT_PATH =
            Pattern.compile("/v1\\.0/admin/serviceAnnouncement/issues/([^/]+)/incidentReport");

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI origin;
    private final String tenantId;
    private final String clientId;
    private final Secret clientSecret;
    private final SimulatedTokenEndpoint tokenEndpoint;
    private final GraphListings listings;
    private final Replies replies;

    private DemoTenant(HttpServer server, ExecutorService executor, DemoOptions options, Clock clock) {
        SecureRandom random = new SecureRandom();
        this.server = server;
        this.executor = executor;
        this.origin = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        this.tenantId = UUID.randomUUID().toString();
        this.clientId = UUID.randomUUID().toString();
        this.clientSecret = new Secret(newSecret(random));
        this.replies = new Replies(new ObjectMapper(), clock);
        IssuedTokens tokens = new IssuedTokens(random);
        this.tokenEndpoint = new SimulatedTokenEndpoint(tenantId, clientId, clientSecret, origin + "/.default", tokens,
                replies, clock);
        this.listings = new GraphListings(origin, new DemoScenario(options), tokens, replies, clock);
    }

    /**
     * Binds 127.0.0.1 on a free port and starts serving; the scenario starts with the first listing
     * request.
     *
     * @throws UncheckedIOException when no loopback port can be bound
     */
    public static DemoTenant start(DemoOptions options, Clock clock) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(clock, "clock");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo tenant on 127.0.0.1: " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "demo-tenant-http");
            thread.setDaemon(true);
            return thread;
        });
        DemoTenant tenant = new DemoTenant(server, executor, options, clock);
        server.createContext("/", tenant::route);
        server.setExecutor(executor);
        server.start();
        LOG.info("demo tenant serving", "origin", tenant.origin, "speed", options.speed(), "seed", options.seed());
        return tenant;
    }

    /** {@code http://127.0.0.1:<port>}: both the authority and the Graph origin of the tenant. */
    public URI origin() {
        return origin;
    }

    public String tenantId() {
        return tenantId;
    }

    public String clientId() {
        return clientId;
    }

    public Secret clientSecret() {
        return clientSecret;
    }

    /** The tenant {@value #NAME}, with cloud {@code custom} pointing both hosts at {@link #origin()}. */
    public TenantConfig tenantConfig(ServiceFilter services) {
        return new TenantConfig(NAME, tenantId, clientId, new Credential.ClientSecret(clientSecret), Cloud.CUSTOM,
                origin, origin, services);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void route(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                dispatch(exchange);
            } catch (RuntimeException e) {
                LOG.error("demo tenant failed to answer a request", e, "path", exchange.getRequestURI().getPath());
                if (exchange.getResponseCode() == -1) {
                    replies.graphError(exchange, 500, "InternalServerError", "The demo tenant failed to answer.");
                }
            }
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Matcher token = TOKEN_PATH.matcher(path);
        GraphEndpoint listing = listing(path);
        Matcher report = INCIDENT_REPORT_PATH.matcher(path);
        if (token.matches()) {
            tokenEndpoint.handle(exchange, token.group(1));
        } else if (report.matches()) {
            listings.handleIncidentReport(exchange, report.group(1));
        } else if (listing != null) {
            listings.handle(exchange, listing);
        } else {
            replies.graphError(exchange, 404, "Request_ResourceNotFound", "Resource not found for the segment.");
        }
    }

    private static GraphEndpoint listing(String path) {
        for (GraphEndpoint endpoint : GraphEndpoint.values()) {
            if (endpoint.path() != null && endpoint.path().equals(path)) {
                return endpoint;
            }
        }
        return null;
    }

    // Shaped like an Entra client secret value: 40 URL-safe characters.
    private static String newSecret(SecureRandom random) {
        byte[] bytes = new byte[30];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

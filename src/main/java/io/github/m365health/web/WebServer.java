package io.github.m365health.web;

import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.health.TenantStates;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ThreadLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The exporter's HTTP surface on Jetty's core handlers: the telemetry path, a landing page,
 * {@code /-/healthy}, {@code /-/ready}, and whatever other packages register with
 * {@link Builder#route(String, WebRoute)}.
 *
 * <p>Jetty reads request headers and bodies as bytes arrive, without a thread, and only hands a
 * complete request to a thread; stalled or slow clients therefore cost a socket, not a worker.
 * The limits below are explained in the README's Security section.
 */
public final class WebServer implements AutoCloseable {

    /** Request line and headers together; a browser or Prometheus sends well under 2 KiB. */
    static final int MAX_REQUEST_HEADER_BYTES = 8 * 1024;
    /** No byte either way for this long closes the connection (Prometheus reconnects at will). */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** A new connection must complete its first request's headers (TLS handshake included) in this time. */
    static final Duration FIRST_REQUEST_DEADLINE = Duration.ofSeconds(10);
    /** Scrapes rendered at once for one client address; more wait, without a thread, for their turn. */
    static final int SCRAPES_PER_CLIENT = 4;
    /** Threads for accepting, selecting and answering; answers are short or streamed. */
    static final int MAX_THREADS = 32;
    private static final int MIN_THREADS = 2;
    private static final int ACCEPT_QUEUE = 512;

    private final Server server;
    private final InetSocketAddress address;

    private WebServer(Server server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /** The built-in paths only; see {@link #builder} to add pages. */
    public static WebServer start(InetSocketAddress listenAddress, String telemetryPath,
                                  ExporterMetrics metrics, TenantStates states) throws IOException {
        return builder(listenAddress, telemetryPath, metrics, states).start();
    }

    /**
     * @param listenAddress port 0 picks a free port, see {@link #address()}
     * @param telemetryPath where metrics are served, e.g. {@code /metrics}
     * @throws IllegalArgumentException when the telemetry path is not usable
     */
    public static Builder builder(InetSocketAddress listenAddress, String telemetryPath,
                                  ExporterMetrics metrics, TenantStates states) {
        checkTelemetryPath(telemetryPath);
        return new Builder(listenAddress, telemetryPath, metrics, states);
    }

    /** The bound address, with the actual port when port 0 was asked for. */
    public InetSocketAddress address() {
        return address;
    }

    /**
     * Stops listening and ends the threads. Exchanges in flight are cut rather than waited for:
     * a scraper simply retries at its next interval.
     */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("HTTP server did not stop cleanly: " + e.getMessage(), e);
        }
    }

    static void checkTelemetryPath(String path) {
        if (!TelemetryPath.usable(path)) {
            throw new IllegalArgumentException("--web.telemetry-path: " + TelemetryPath.problem(path));
        }
    }

    /** What to serve and how; {@link #start()} binds and serves. */
    public static final class Builder {

        private final InetSocketAddress listenAddress;
        private final String telemetryPath;
        private final Map<String, WebRoute> exact = new LinkedHashMap<>();
        private final Map<String, WebRoute> prefixes = new LinkedHashMap<>();
        private WebConfigWatch webConfig = WebConfigWatch.none();
        private Duration firstRequestDeadline = FIRST_REQUEST_DEADLINE;
        private Clock clock = Clock.systemUTC();

        private Builder(InetSocketAddress listenAddress, String telemetryPath, ExporterMetrics metrics,
                        TenantStates states) {
            this.listenAddress = listenAddress;
            this.telemetryPath = telemetryPath;
            StatusPages status = new StatusPages(new LandingPage(metrics.buildInfo(), metrics.shard(), telemetryPath), states);
            exact.put(telemetryPath, new TelemetryHandler(metrics));
            exact.put("/", status::landing);
            exact.put(Router.HEALTHY, status::healthy);
            exact.put(Router.READY, status::ready);
        }

        /**
         * Serves {@code prefix} and every path below it ({@code /issues} takes {@code /issues} and
         * {@code /issues/contoso/EX1}, not {@code /issuesx}) with {@code route}. The longest
         * matching prefix wins; the built-in paths cannot be taken.
         *
         * @throws IllegalArgumentException for a prefix not starting with /, ending with /, taken, or a built-in path
         */
        public Builder route(String prefix, WebRoute route) {
            if (prefix == null || !prefix.startsWith("/") || prefix.endsWith("/") || prefix.contains("?")
                    || prefix.contains("#")) {
                throw new IllegalArgumentException("route prefix must start with / and not end with / (got '"
                        + prefix + "')");
            }
            if (exact.containsKey(prefix) || prefixes.containsKey(prefix)) {
                throw new IllegalArgumentException("route prefix " + prefix + " is already served");
            }
            prefixes.put(prefix, route);
            return this;
        }

        /** TLS, basic auth and response headers from a {@code --web.config.file}, for every path. */
        public Builder webConfig(WebConfigWatch watch) {
            this.webConfig = watch;
            return this;
        }

        /** For tests: the clock of the web config's {@code rate_limit}. */
        Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** For tests: a deadline short enough to watch it close a connection. */
        Builder firstRequestDeadline(Duration deadline) {
            this.firstRequestDeadline = deadline;
            return this;
        }

        /** @throws IOException when the address cannot be bound */
        public WebServer start() throws IOException {
            if (listenAddress.isUnresolved()) {
                throw new IOException("cannot listen on " + listenAddress.getHostString() + ":" + listenAddress.getPort()
                        + ": the host name does not resolve to an address");
            }
            QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, 60_000);
            threads.setName("m365-http");
            // A running server must never keep the JVM alive.
            threads.setDaemon(true);
            Server server = new Server(threads, new ScheduledExecutorScheduler("m365-http-scheduler", true), null);
            ServerConnector connector = connector(server);
            if (!listenAddress.getAddress().isAnyLocalAddress()) {
                connector.setHost(listenAddress.getAddress().getHostAddress());
            }
            connector.setPort(listenAddress.getPort());
            connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            connector.setAcceptQueueSize(ACCEPT_QUEUE);
            connector.addBean(new RequestDeadline(server.getScheduler(), firstRequestDeadline));
            server.addConnector(connector);
            RateLimiter rateLimiter = webConfig.initial().rateLimit()
                    .map(limit -> new RateLimiter(limit.burst(), limit.interval(), clock)).orElse(null);
            server.setHandler(new SecurityHandler(webConfig, rateLimiter, scrapeLimit(new Router(exact, prefixes))));
            try {
                server.start();
            } catch (Exception e) {
                stopQuietly(server);
                throw new IOException("cannot listen on " + listenAddress + ": "
                        + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
            }
            return new WebServer(server, new InetSocketAddress(listenAddress.getAddress(), connector.getLocalPort()));
        }

        private ServerConnector connector(Server server) {
            HttpConnectionFactory http = new HttpConnectionFactory(httpConfiguration());
            Optional<WebConfig.Tls> tls = webConfig.initial().tls();
            if (tls.isEmpty()) {
                return new ServerConnector(server, 1, 1, http);
            }
            TlsMaterial.Factory factory = TlsMaterial.factory(tls.get());
            webConfig.tlsFactory(factory);
            return new ServerConnector(server, 1, 1, new SslConnectionFactory(factory, http.getProtocol()), http);
        }

        private Handler scrapeLimit(Handler router) {
            ThreadLimitHandler limit = new ThreadLimitHandler(router, null, false);
            limit.setThreadLimit(SCRAPES_PER_CLIENT);
            limit.include((Request request) -> telemetryPath.equals(Request.getPathInContext(request)));
            return limit;
        }

        private static HttpConfiguration httpConfiguration() {
            HttpConfiguration http = new HttpConfiguration();
            http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            return http;
        }

        private static void stopQuietly(Server server) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // Already failing to start; the start error is the one to report.
            }
        }
    }
}

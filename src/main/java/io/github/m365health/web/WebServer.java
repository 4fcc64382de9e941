package io.github.m365health.web;

import com.sun.net.httpserver.HttpServer;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.health.TenantStates;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The exporter's HTTP surface on the JDK's built-in server: the telemetry path, a landing page,
 * {@code /-/healthy} and {@code /-/ready}.
 *
 * <p>simpleclient_httpserver's {@code HTTPServer} is not used: it starts serving metrics on
 * {@code /} the moment it is built and answers any method, so our own routes could only be
 * swapped in after requests may already have been answered. The telemetry path is written with
 * simpleclient's format code, see {@link TelemetryHandler} for why not with its handler.
 */
public final class WebServer implements AutoCloseable {

    private static final int THREADS = 4;
    private static final int BACKLOG = 32;

    private final HttpServer server;
    private final ExecutorService executor;

    private WebServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds {@code listenAddress} (port 0 picks a free port, see {@link #address()}) and starts serving.
     *
     * @param telemetryPath where metrics are served, e.g. {@code /metrics}
     * @throws IllegalArgumentException when the telemetry path is not usable
     * @throws IOException when the address cannot be bound
     */
    public static WebServer start(InetSocketAddress listenAddress, String telemetryPath,
                                  ExporterMetrics metrics, TenantStates states) throws IOException {
        checkTelemetryPath(telemetryPath);
        if (listenAddress.isUnresolved()) {
            throw new IOException("cannot listen on " + listenAddress.getHostString() + ":" + listenAddress.getPort()
                    + ": the host name does not resolve to an address");
        }
        HttpServer server;
        try {
            server = HttpServer.create(listenAddress, BACKLOG);
        } catch (IOException e) {
            throw new IOException("cannot listen on " + listenAddress + ": " + e.getMessage(), e);
        }
        ExecutorService executor = newExecutor();
        server.setExecutor(executor);
        server.createContext("/", new Router(telemetryPath, new TelemetryHandler(metrics.registry()),
                new LandingPage(metrics.buildInfo(), metrics.shard(), telemetryPath), states));
        startOnDaemonThread(server);
        return new WebServer(server, executor);
    }

    /** The bound address, with the actual port when port 0 was asked for. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /**
     * Stops listening and ends the threads. Exchanges in flight are cut rather than waited for:
     * on JDK 17 any grace period is waited out in full even when nothing is in flight, and a
     * scraper simply retries at its next interval.
     */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    static void checkTelemetryPath(String path) {
        if (!TelemetryPath.usable(path)) {
            throw new IllegalArgumentException("--web.telemetry-path: " + TelemetryPath.problem(path));
        }
    }

    /**
     * A few threads: scrapes come from one or two Prometheus servers and probes are trivial.
     * Idle threads end after a minute, so a quiet exporter holds no HTTP threads at all.
     */
    private static ExecutorService newExecutor() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "m365-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /**
     * The JDK server's dispatcher thread inherits daemon status from the thread that starts it,
     * so start it from a daemon thread: a running server must never keep the JVM alive.
     */
    private static void startOnDaemonThread(HttpServer server) throws IOException {
        Thread starter = new Thread(server::start, "m365-http-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            server.stop(0);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the HTTP server", e);
        }
    }
}

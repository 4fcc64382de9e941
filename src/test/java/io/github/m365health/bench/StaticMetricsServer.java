package io.github.m365health.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The scrape benchmarks' yardstick: a JDK server answering fixed bytes for /metrics, plain or
 * gzipped as the scraper asks. Beside a packaged exporter it runs in a process of its own with the
 * exporter's JVM options ({@link #inOwnProcess}): inside the benchmark's JVM it would share a heap,
 * a collector and JIT threads with the 50 scrapers, and the two servers would not be measured alike.
 */
final class StaticMetricsServer implements AutoCloseable {

    /**
     * The JDK server's switch for TCP_NODELAY, which it leaves off: with Nagle on, the last short
     * segment of an answer waits for the client's delayed ACK, about 40 ms a response on Linux.
     * Jetty sets TCP_NODELAY, so the static server must too. It is read once, when the JDK
     * server's configuration is first loaded: mains that serve in their own JVM set it first.
     */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    /** A static server serving on {@code port}, in this JVM or another, until closed. */
    record Running(int port, AutoCloseable server) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            server.close();
        }
    }

    private final HttpServer server;

    /** The server in this JVM. */
    static Running inThisJvm(byte[] text, byte[] gzipped, String gzippedType, int threads) throws IOException {
        StaticMetricsServer server = new StaticMetricsServer(text, gzipped, gzippedType, threads);
        return new Running(server.port(), server);
    }

    private StaticMetricsServer(byte[] text, byte[] gzipped, String gzippedType, int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.createContext("/metrics", exchange -> {
            boolean gzip = exchange.getRequestHeaders().getOrDefault("Accept-Encoding", List.of()).contains("gzip");
            byte[] body = gzip ? gzipped : text;
            exchange.getResponseHeaders().add("Content-Type", gzip ? gzippedType : "text/plain; version=0.0.4; charset=utf-8");
            if (gzip) {
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            }
            exchange.sendResponseHeaders(200, body.length);
            // In 64 KiB writes: one write of the whole body would take a direct buffer of its size per thread.
            try (OutputStream out = exchange.getResponseBody()) {
                for (int at = 0; at < body.length; at += 1 << 16) {
                    out.write(body, at, Math.min(1 << 16, body.length - at));
                }
            }
        });
        server.start();
    }

    /** The same server in a JVM of its own started with {@code jvm} options; closing it ends that JVM. */
    static Running inOwnProcess(List<String> jvm, byte[] text, byte[] gzipped, String gzippedType, int threads)
            throws IOException {
        Path textFile = Files.createTempFile("static-metrics", ".txt");
        Path gzipFile = Files.createTempFile("static-metrics", ".gz");
        Files.write(textFile, text);
        Files.write(gzipFile, gzipped);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.add("-D" + NO_DELAY + "=true");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StaticMetricsServer.class.getName(),
                textFile.toString(), gzipFile.toString(), gzippedType, String.valueOf(threads)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String first = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        if (first == null || !first.startsWith("port ")) {
            process.destroy();
            throw new IOException("the static server did not start: " + first);
        }
        return new Running(Integer.parseInt(first.substring("port ".length())), () -> {
            process.getOutputStream().close();
            process.waitFor();
            Files.deleteIfExists(textFile);
            Files.deleteIfExists(gzipFile);
        });
    }

    private int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        // The executor is ours to end; its threads would keep the JVM alive after main.
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    /** {@code TEXT_FILE GZIP_FILE GZIP_CONTENT_TYPE THREADS}: prints {@code port N}, then serves until its standard input closes. */
    public static void main(String[] args) throws Exception {
        try (StaticMetricsServer server = new StaticMetricsServer(Files.readAllBytes(Path.of(args[0])),
                Files.readAllBytes(Path.of(args[1])), args[2], Integer.parseInt(args[3]))) {
            System.out.println("port " + server.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Until the benchmark closes our input.
            }
        }
    }
}

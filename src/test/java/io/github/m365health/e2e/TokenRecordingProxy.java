package io.github.m365health.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A pass-through HTTP proxy on 127.0.0.1 in front of an Entra-like token endpoint. It records every
 * access token the endpoint hands out (so a test can look for them where they must never be, such
 * as the log) and counts the answers by status. It can also hold requests until released, which
 * keeps an exporter deterministically before its first completed poll.
 */
final class TokenRecordingProxy implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration HOLD_LIMIT = Duration.ofSeconds(30);

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI target;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> issuedTokens = new CopyOnWriteArrayList<>();
    private final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final CountDownLatch firstRequest = new CountDownLatch(1);
    private final AtomicReference<CountDownLatch> gate = new AtomicReference<>(new CountDownLatch(0));

    private TokenRecordingProxy(HttpServer server, ExecutorService executor, URI target) {
        this.server = server;
        this.executor = executor;
        this.target = target;
    }

    /** @param target origin of the real token endpoint, e.g. {@code http://127.0.0.1:41234} */
    static TokenRecordingProxy start(URI target) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "token-proxy");
            thread.setDaemon(true);
            return thread;
        });
        TokenRecordingProxy proxy = new TokenRecordingProxy(server, executor, target);
        server.createContext("/", proxy::forward);
        server.setExecutor(executor);
        server.start();
        return proxy;
    }

    URI origin() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Requests from now on wait (at most 30 s) until {@link #release()}. */
    void hold() {
        gate.set(new CountDownLatch(1));
    }

    void release() {
        gate.get().countDown();
    }

    boolean awaitFirstRequest(Duration timeout) throws InterruptedException {
        return firstRequest.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every {@code access_token} the endpoint answered with, in order. */
    List<String> issuedTokens() {
        return List.copyOf(issuedTokens);
    }

    int answered(int status) {
        AtomicInteger count = answers.get(status);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            firstRequest.countDown();
            if (!gate.get().await(HOLD_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException("held longer than " + HOLD_LIMIT);
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().getRawPath()))
                    .timeout(Duration.ofSeconds(30))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            for (String header : List.of("Content-Type", "Accept", "Authorization")) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    request.header(header, value);
                }
            }
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            record(response);
            response.headers().firstValue("Content-Type")
                    .ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
            exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void record(HttpResponse<byte[]> response) throws IOException {
        answers.computeIfAbsent(response.statusCode(), status -> new AtomicInteger()).incrementAndGet();
        if (response.statusCode() == 200) {
            JsonNode token = JSON.readTree(response.body()).path("access_token");
            if (token.isTextual()) {
                issuedTokens.add(token.asText());
            }
        }
    }
}

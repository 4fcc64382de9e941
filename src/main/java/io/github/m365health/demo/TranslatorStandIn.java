package io.github.m365health.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.m365health.log.Log;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A translation service on 127.0.0.1 shaped like LibreTranslate ({@code POST /translate} with
 * {@code q}, answered by {@code translatedText}), so that {@code --demo} shows translations with no
 * account. It answers EX1215307's final post with the seed page's own Japanese and everything else
 * with a {@link DemoTranslations#pseudo pseudo-translation}, and counts what it was sent.
 */
public final class TranslatorStandIn implements AutoCloseable {

    private static final Log LOG = Log.of(TranslatorStandIn.class);
    /** Far above any demo request, far below what would hurt. */
    private static final int MAX_REQUEST_BYTES = 1 << 20;

    private final HttpServer server;
    private final ExecutorService executor;
    private final ObjectMapper json = new ObjectMapper();
    private final DemoTranslations translations = DemoTranslations.load();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, Integer> textsSent = new ConcurrentHashMap<>();

    private TranslatorStandIn(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** @throws UncheckedIOException when no loopback port can be bound */
    public static TranslatorStandIn start() {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo translator on 127.0.0.1: " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "m365-demo-translator");
            thread.setDaemon(true);
            return thread;
        });
        TranslatorStandIn standIn = new TranslatorStandIn(server, executor);
        server.createContext("/", standIn::handle);
        server.setExecutor(executor);
        server.start();
        LOG.debug("demo translator started", "endpoint", standIn.endpoint());
        return standIn;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Requests answered with translations. */
    public int requests() {
        return requests.get();
    }

    /** How often each text was sent, by text. */
    public Map<String, Integer> textsSent() {
        return Map.copyOf(textsSent);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals("/translate")) {
                reply(exchange, 404, "{\"error\":\"Not Found\"}");
                return;
            }
            byte[] body = exchange.getRequestBody().readNBytes(MAX_REQUEST_BYTES + 1);
            JsonNode request = body.length > MAX_REQUEST_BYTES ? null : readQuietly(body);
            if (request == null || !request.path("q").isArray() && !request.path("q").isTextual()) {
                reply(exchange, 400, "{\"error\":\"Invalid request: missing q parameter\"}");
                return;
            }
            if (!"ja".equals(request.path("target").asText())) {
                reply(exchange, 400, "{\"error\":\"" + request.path("target").asText().replaceAll("[^A-Za-z-]", "")
                        + " is not supported\"}");
                return;
            }
            requests.incrementAndGet();
            boolean html = "html".equals(request.path("format").asText("text"));
            JsonNode q = request.path("q");
            if (q.isTextual()) {
                reply(exchange, 200, json.createObjectNode().put("translatedText", translate(q.asText(), html)).toString());
                return;
            }
            ArrayNode out = json.createArrayNode();
            q.forEach(text -> out.add(translate(text.asText(), html)));
            reply(exchange, 200, json.createObjectNode().set("translatedText", out).toString());
        }
    }

    private String translate(String text, boolean html) {
        textsSent.merge(text, 1, Integer::sum);
        return translations.translate(text, html);
    }

    private JsonNode readQuietly(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

package io.github.m365health.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An Alertmanager webhook receiver on 127.0.0.1 that keeps every notification it is sent, so a
 * test can wait for the one it expects and show all of them when it does not come.
 */
public final class AlertWebhook implements AutoCloseable {

    private static final String PATH = "/alerts";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Clock clock;
    // Guarded by this: the server's dispatcher thread appends, test threads read and wait.
    private final List<String> notifications = new ArrayList<>();
    private final List<ReceivedAlert> alerts = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();

    private AlertWebhook(HttpServer server, Clock clock) {
        this.server = server;
        this.clock = clock;
    }

    public static AlertWebhook start(Clock clock) throws IOException {
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        AlertWebhook webhook = new AlertWebhook(server, clock);
        server.createContext(PATH, webhook::receive);
        server.start();
        return webhook;
    }

    /** The URL to give Alertmanager's {@code webhook_configs}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /**
     * Waits until an alert matching {@code wanted} has been received, or {@code deadline} passes.
     * Returns the first match, in order of arrival.
     */
    public synchronized Optional<ReceivedAlert> awaitAlert(Predicate<ReceivedAlert> wanted, Instant deadline)
            throws InterruptedException {
        while (true) {
            Optional<ReceivedAlert> found = alerts.stream().filter(wanted).findFirst();
            long left = Duration.between(clock.instant(), deadline).toMillis();
            if (found.isPresent() || left <= 0) {
                return found;
            }
            wait(left);
        }
    }

    public synchronized List<ReceivedAlert> alerts() {
        return List.copyOf(alerts);
    }

    /** Every notification received, as sent, and any request that was not one: for failure messages. */
    public synchronized String describe() {
        StringBuilder text = new StringBuilder(notifications.size() + " notification(s) received");
        for (int i = 0; i < notifications.size(); i++) {
            text.append("\n#").append(i).append(' ').append(notifications.get(i));
        }
        rejected.forEach(request -> text.append("\nrejected: ").append(request));
        return text.toString();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            int status = "POST".equals(exchange.getRequestMethod()) && record(text) ? 200 : 400;
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private synchronized boolean record(String text) {
        JsonNode payload;
        try {
            payload = JSON.readTree(text);
        } catch (IOException e) {
            rejected.add(e.getMessage() + ": " + text);
            return false;
        }
        Instant now = clock.instant();
        alerts.addAll(ReceivedAlert.of(notifications.size(), now, payload));
        notifications.add("at " + now + ": " + payload);
        notifyAll();
        return true;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

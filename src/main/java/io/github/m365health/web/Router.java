package io.github.m365health.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.m365health.log.Log;
import io.github.m365health.health.TenantState;
import io.github.m365health.health.TenantStates;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Dispatches on the exact path: the JDK server matches contexts by prefix, which would serve
 * {@code /metricsfoo} or {@code /-/ready/x}. Only GET and HEAD are answered; everything here is
 * read-only.
 */
final class Router implements HttpHandler {

    private static final Log LOG = Log.of(Router.class);

    static final String HEALTHY = "/-/healthy";
    static final String READY = "/-/ready";

    private final String telemetryPath;
    private final HttpHandler metrics;
    private final LandingPage landingPage;
    private final TenantStates states;

    Router(String telemetryPath, HttpHandler metrics, LandingPage landingPage, TenantStates states) {
        this.telemetryPath = telemetryPath;
        this.metrics = metrics;
        this.landingPage = landingPage;
        this.states = states;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            HttpHandler handler = route(exchange.getRequestURI().getPath());
            if (handler == null) {
                Responses.send(exchange, HttpURLConnection.HTTP_NOT_FOUND, Responses.TEXT, "Not found\n");
            } else if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                Responses.send(exchange, HttpURLConnection.HTTP_BAD_METHOD, Responses.TEXT, "Method not allowed\n");
            } else {
                handler.handle(exchange);
            }
        } catch (IOException e) {
            // Mostly a scraper that gave up (timeout) and closed the connection mid-answer.
            LOG.debug("HTTP response not completed", "path", exchange.getRequestURI().getPath(), "error", e.toString());
        } catch (RuntimeException e) {
            LOG.error("HTTP request failed", e, "path", exchange.getRequestURI().getPath());
            // getResponseCode is -1 until headers went out; after that only closing is left.
            if (exchange.getResponseCode() == -1) {
                Responses.send(exchange, HttpURLConnection.HTTP_INTERNAL_ERROR, Responses.TEXT, "Internal error\n");
            }
        } finally {
            exchange.close();
        }
    }

    private HttpHandler route(String path) {
        if (telemetryPath.equals(path)) {
            return metrics;
        }
        return switch (path) {
            case "/" -> this::landing;
            case HEALTHY -> exchange -> Responses.send(exchange, HttpURLConnection.HTTP_OK, Responses.TEXT, "OK\n");
            case READY -> this::ready;
            default -> null;
        };
    }

    private void landing(HttpExchange exchange) throws IOException {
        Responses.send(exchange, HttpURLConnection.HTTP_OK, Responses.HTML, landingPage.render(states.current()));
    }

    /** Ready once every tenant has tried every listing, so a first scrape is not mostly empty. */
    private void ready(HttpExchange exchange) throws IOException {
        List<String> waiting = states.current().stream()
                .filter(state -> !state.polledOnce())
                .map(TenantState::tenant)
                .collect(Collectors.toList());
        if (waiting.isEmpty()) {
            Responses.send(exchange, HttpURLConnection.HTTP_OK, Responses.TEXT, "OK\n");
        } else {
            Responses.send(exchange, HttpURLConnection.HTTP_UNAVAILABLE, Responses.TEXT,
                    "Not ready: waiting for the first poll of every listing of tenants: "
                            + String.join(", ", waiting) + "\n");
        }
    }
}

package io.github.m365health.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Writes JSON responses, including Graph's and Entra ID's two different error shapes. */
final class Replies {

    static final String GRAPH_JSON = "application/json;odata.metadata=minimal;odata.streaming=true;"
            + "IEEE754Compatible=false;charset=utf-8";
    private static final String PLAIN_JSON = "application/json; charset=utf-8";
    private static final DateTimeFormatter ENTRA_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GRAPH_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper;
    private final Clock clock;

    Replies(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    void send(HttpExchange exchange, int status, String contentType, JsonNode body) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    void graph(HttpExchange exchange, JsonNode body) throws IOException {
        send(exchange, 200, GRAPH_JSON, body);
    }

    /** Graph's error shape (graph-api.md §5.1). */
    void graphError(HttpExchange exchange, int status, String code, String message) throws IOException {
        String clientRequestId = exchange.getRequestHeaders().getFirst("client-request-id");
        ObjectNode body = object();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        ObjectNode inner = error.putObject("innerError");
        inner.put("date", GRAPH_DATE.format(clock.instant()));
        inner.put("request-id", UUID.randomUUID().toString());
        inner.put("client-request-id", clientRequestId != null ? clientRequestId : UUID.randomUUID().toString());
        send(exchange, status, PLAIN_JSON, body);
    }

    /** Entra ID's token-endpoint error shape (graph-api.md §4.3). */
    void entraError(HttpExchange exchange, int status, String error, int aadsts, String description)
            throws IOException {
        String traceId = UUID.randomUUID().toString();
        String correlationId = UUID.randomUUID().toString();
        String timestamp = ENTRA_TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        ObjectNode body = object();
        body.put("error", error);
        body.put("error_description", "AADSTS" + aadsts + ": " + description + "\r\nTrace ID: " + traceId
                + "\r\nCorrelation ID: " + correlationId + "\r\nTimestamp: " + timestamp);
        body.putArray("error_codes").add(aadsts);
        body.put("timestamp", timestamp);
        body.put("trace_id", traceId);
        body.put("correlation_id", correlationId);
        send(exchange, status, PLAIN_JSON, body);
    }
}

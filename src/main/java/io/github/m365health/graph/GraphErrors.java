package io.github.m365health.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;

/**
 * Turns a failed Graph response into a one-line {@link GraphException}. Only Graph's
 * {@code error.code} and the first line of its {@code error.message} are used, never the rest of
 * the body, which may be anything a proxy sends.
 */
final class GraphErrors {

    private static final int MAX_MESSAGE = 160;

    private GraphErrors() {
    }

    static GraphException failure(GraphEndpoint endpoint, HttpReply reply, boolean afterRenewal, ObjectMapper json) {
        JsonNode error = parse(reply.body(), json).path("error");
        String code = error.path("code").asText("").strip();
        String head = RetryingHttp.describe(endpoint) + " failed: HTTP " + reply.status() + (code.isEmpty() ? "" : " " + code);
        String message;
        if (reply.status() == 403) {
            message = head + ": the app lacks " + endpoint.permission() + "; grant " + endpoint.permission()
                    + " as an Application permission with admin consent";
        } else if (reply.status() == 401 && afterRenewal) {
            message = head + ": Graph refused a freshly issued token; check that tenant_id, client_id and the cloud belong together";
        } else {
            String detail = firstLine(error.path("message").asText(""));
            message = head + (detail.isEmpty() ? "" : ": " + detail) + reply.retryNote();
        }
        return new GraphException(endpoint, reply.status(), code, message);
    }

    static String firstLine(String text) {
        String line = text.strip().split("[\\r\\n]", 2)[0].strip();
        return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "…" : line;
    }

    private static JsonNode parse(byte[] body, ObjectMapper json) {
        try {
            JsonNode node = json.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}

package io.github.m365health.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import okhttp3.FormBody;
import okhttp3.Request;

/**
 * Client-credentials tokens from Entra ID's v2.0 endpoint, cached and renewed at 80% of the
 * lifetime Entra states in {@code expires_in} (it is randomised between 60 and 90 minutes, so
 * never assumed).
 */
final class EntraTokenSource implements TokenSource {

    /** Renewing early leaves the rest of the lifetime for Entra to be unavailable without a failed poll. */
    private static final double RENEW_AT_FRACTION = 0.8;

    private final TokenEndpoint endpoint;
    private final String clientId;
    private final ClientAuthentication authentication;
    private final RetryingHttp http;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    private Cached cached;

    EntraTokenSource(TokenEndpoint endpoint, String clientId, ClientAuthentication authentication, RetryingHttp http) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = http.clock();
    }

    @Override
    public synchronized String token(Instant deadline) throws GraphException {
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(cached.renewAt()) || cached.expiresAt().isBefore(deadline)) {
            cached = request(now, deadline);
        }
        return cached.accessToken();
    }

    @Override
    public synchronized void invalidate() {
        cached = null;
    }

    private Cached request(Instant now, Instant deadline) throws GraphException {
        FormBody.Builder form = new FormBody.Builder()
                .add("client_id", clientId)
                .add("scope", endpoint.scope())
                .add("grant_type", "client_credentials");
        for (Map.Entry<String, String> field : authentication.formFields(endpoint.url().toString(), now).entrySet()) {
            form.add(field.getKey(), field.getValue());
        }
        Request request = new Request.Builder()
                .url(endpoint.url())
                .header("Accept", "application/json")
                .post(form.build())
                .build();
        HttpReply reply = http.execute(GraphEndpoint.TOKEN, request, deadline);
        if (!reply.successful()) {
            throw EntraErrors.failure(reply, json);
        }
        return parse(reply, now);
    }

    private Cached parse(HttpReply reply, Instant requestedAt) throws GraphException {
        JsonNode body;
        try {
            body = json.readTree(reply.body());
        } catch (IOException e) {
            body = null;
        }
        String accessToken = body == null ? "" : body.path("access_token").asText("");
        long expiresIn = body == null ? 0 : body.path("expires_in").asLong(0);
        if (accessToken.isEmpty() || expiresIn <= 0) {
            throw new GraphException(GraphEndpoint.TOKEN, reply.status(), "invalid_token_response",
                    "token request failed: HTTP " + reply.status()
                            + " response lacks access_token or a positive expires_in: check authority_url");
        }
        // Measured from when the request was sent: the token cannot have been issued earlier.
        Duration lifetime = Duration.ofSeconds(expiresIn);
        Instant renewAt = requestedAt.plusMillis((long) (lifetime.toMillis() * RENEW_AT_FRACTION));
        return new Cached(accessToken, requestedAt.plus(lifetime), renewAt);
    }

    private record Cached(String accessToken, Instant expiresAt, Instant renewAt) {
        @Override
        public String toString() {
            return "Cached[expiresAt=" + expiresAt + ", renewAt=" + renewAt + "]";
        }
    }
}

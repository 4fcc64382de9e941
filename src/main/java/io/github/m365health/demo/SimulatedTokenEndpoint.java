package io.github.m365health.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.m365health.config.Secret;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Entra ID's client-credentials token endpoint, {@code POST /{tenant}/oauth2/v2.0/token}, for the
 * one app registration of the demo tenant. Errors carry Entra's real AADSTS codes so the
 * exporter's handling of a wrong secret or client can be seen working.
 */
final class SimulatedTokenEndpoint {

    private static final int MAX_FORM_BYTES = 64 * 1024;

    private final String tenantId;
    private final String clientId;
    private final Secret clientSecret;
    private final String scope;
    private final IssuedTokens tokens;
    private final Replies replies;
    private final Clock clock;

    SimulatedTokenEndpoint(String tenantId, String clientId, Secret clientSecret, String scope, IssuedTokens tokens,
                  Replies replies, Clock clock) {
        this.tenantId = tenantId;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scope = scope;
        this.tokens = tokens;
        this.replies = replies;
        this.clock = clock;
    }

    /** @param pathTenant the {tenant} segment of the request path */
    void handle(HttpExchange exchange, String pathTenant) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            replies.entraError(exchange, 405, "invalid_request", 900561,
                    "The endpoint only accepts POST requests.");
            return;
        }
        Map<String, String> form;
        try {
            form = form(exchange);
        } catch (IllegalArgumentException malformed) {
            replies.entraError(exchange, 400, "invalid_request", 900144,
                    "The request body must be a valid application/x-www-form-urlencoded form.");
            return;
        }
        if (!tenantId.equals(pathTenant)) {
            replies.entraError(exchange, 400, "invalid_request", 90002,
                    "Tenant '" + pathTenant + "' not found. Check to make sure you have the correct tenant ID.");
        } else if (!"client_credentials".equals(form.get("grant_type"))) {
            replies.entraError(exchange, 400, "unsupported_grant_type", 70003,
                    "The app requested an unsupported grant type; this endpoint serves client_credentials.");
        } else if (!clientId.equals(form.get("client_id"))) {
            replies.entraError(exchange, 401, "unauthorized_client", 700016,
                    "Application with identifier '" + form.get("client_id") + "' was not found in the directory '"
                            + tenantId + "'.");
        } else if (!matches(form.get("client_secret"))) {
            replies.entraError(exchange, 401, "invalid_client", 7000215,
                    "Invalid client secret provided. Ensure the secret being sent in the request is the client "
                            + "secret value, not the client secret ID, for a secret added to app '" + clientId + "'.");
        } else if (!scope.equals(form.get("scope"))) {
            replies.entraError(exchange, 400, "invalid_scope", 70011,
                    "The provided value for the input parameter 'scope' is not valid. The scope "
                            + form.get("scope") + " is not valid.");
        } else {
            ObjectNode body = replies.object();
            body.put("token_type", "Bearer");
            body.put("expires_in", IssuedTokens.LIFETIME.toSeconds());
            body.put("ext_expires_in", IssuedTokens.LIFETIME.toSeconds());
            body.put("access_token", tokens.issue(clock.instant()));
            exchange.getResponseHeaders().set("Cache-Control", "no-store, no-cache");
            exchange.getResponseHeaders().set("Pragma", "no-cache");
            replies.send(exchange, 200, "application/json; charset=utf-8", body);
        }
    }

    private boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), clientSecret.reveal().getBytes(StandardCharsets.UTF_8));
    }

    // The client may authenticate with HTTP Basic instead of form fields (RFC 6749 §2.3.1).
    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        String raw = new String(exchange.getRequestBody().readNBytes(MAX_FORM_BYTES), StandardCharsets.UTF_8);
        Map<String, String> form = new HashMap<>(FormEncoding.decode(raw));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon > 0) {
                form.put("client_id", URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8));
                form.put("client_secret", URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}

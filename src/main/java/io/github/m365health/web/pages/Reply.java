package io.github.m365health.web.pages;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A complete answer: status, headers and body. Every reply carries the security headers, so no
 * page can be served without them.
 */
public record Reply(int status, Map<String, String> headers, byte[] body) {

    static final String HTML = "text/html; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";

    /**
     * Scripts only from our own origin (the local-time script), never inline; styles only from our
     * stylesheet; no images, frames, plugins or forms posting elsewhere. Sanitized posts keep
     * links, which navigate and are not subject to these.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public Reply {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    static Reply of(int status, String contentType, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cache-Control", "no-store");
        return new Reply(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    public String contentType() {
        return headers.get("Content-Type");
    }

    /** The body as text, for tests and logs. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}

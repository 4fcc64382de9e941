package io.github.m365health.web;

import java.io.IOException;

/**
 * The answer to every request under one path prefix. Register one with
 * {@link WebServer.Builder#route(String, WebRoute)}; the server has already checked the web
 * configuration's TLS and basic auth, refused methods other than GET and HEAD, and adds the
 * configured response headers.
 *
 * <p>A route runs on a server thread and may block while it writes; it must not wait on anything
 * else (no Graph calls, no locks held by polls): scrapes and probes share the same threads.
 */
@FunctionalInterface
public interface WebRoute {

    /**
     * Writes the whole answer through {@code response}. An exception thrown before anything was
     * written becomes a 500 with a one-line body; after that the connection is closed.
     */
    void handle(WebRequest request, WebResponse response) throws IOException;
}

package io.github.m365health.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Applies the web configuration to every request, before any route or scrape limit: the
 * configured response headers, then basic auth. Nothing, {@code /-/healthy} included, is
 * answered without credentials when users are configured, as in the exporter toolkit.
 */
final class SecurityHandler extends Handler.Wrapper {

    /** The configured headers, for {@link Router} to put back when it replaces a failed answer. */
    static final String HEADERS_ATTRIBUTE = SecurityHandler.class.getName() + ".headers";

    private final WebConfigWatch watch;
    private final BasicAuth basicAuth = new BasicAuth();
    private final RateLimiter rateLimiter;

    /** @param rateLimiter from the file as read at start (the toolkit does not reload it), or null */
    SecurityHandler(WebConfigWatch watch, RateLimiter rateLimiter, Handler next) {
        super(next);
        this.watch = watch;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        WebConfigWatch.State state = watch.current();
        if (state instanceof WebConfigWatch.Broken) {
            answer(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500,
                    "Internal Server Error: the web configuration file is invalid (see the exporter's log)\n");
            return true;
        }
        if (rateLimiter != null && !rateLimiter.allow()) {
            answer(response, callback, HttpStatus.TOO_MANY_REQUESTS_429, "Too Many Requests\n");
            return true;
        }
        WebConfig config = ((WebConfigWatch.Good) state).config();
        addHeaders(response, config.headers());
        request.setAttribute(HEADERS_ATTRIBUTE, config.headers());
        if (!config.users().isEmpty()
                && !basicAuth.allows(config.users(), Optional.ofNullable(request.getHeaders().get(HttpHeader.AUTHORIZATION)))) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic");
            answer(response, callback, HttpStatus.UNAUTHORIZED_401, "Unauthorized\n");
            return true;
        }
        return super.handle(request, response, callback);
    }

    static void addHeaders(Response response, Map<String, String> headers) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            response.getHeaders().put(header.getKey(), header.getValue());
        }
    }

    private static void answer(Response response, Callback callback, int status, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, WebResponse.TEXT);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, java.nio.ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}

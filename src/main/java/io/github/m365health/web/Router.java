package io.github.m365health.web;

import io.github.m365health.log.Log;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Dispatches each request to the {@link WebRoute} of its path: exact paths first, then the
 * longest registered prefix ({@code /issues} takes {@code /issues} and {@code /issues/...}, never
 * {@code /issuesx}). Only GET and HEAD are answered; everything here is read-only.
 */
final class Router extends Handler.Abstract {

    private static final Log LOG = Log.of(Router.class);

    static final String HEALTHY = "/-/healthy";
    static final String READY = "/-/ready";

    private final Map<String, WebRoute> exact;
    private final List<Map.Entry<String, WebRoute>> prefixes;

    /** @param prefixes checked longest first */
    Router(Map<String, WebRoute> exact, Map<String, WebRoute> prefixes) {
        super(InvocationType.BLOCKING);
        this.exact = Map.copyOf(exact);
        List<Map.Entry<String, WebRoute>> sorted = new ArrayList<>(new LinkedHashMap<>(prefixes).entrySet());
        sorted.sort((a, b) -> b.getKey().length() - a.getKey().length());
        this.prefixes = List.copyOf(sorted);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        WebResponse answer = new WebResponse(response, "HEAD".equals(method));
        String path = Request.getPathInContext(request);
        try {
            WebRoute route = route(path);
            if (route == null) {
                answer.send(HttpURLConnection.HTTP_NOT_FOUND, WebResponse.TEXT, "Not found\n");
            } else if (!"GET".equals(method) && !"HEAD".equals(method)) {
                answer.header("Allow", "GET, HEAD");
                answer.send(HttpURLConnection.HTTP_BAD_METHOD, WebResponse.TEXT, "Method not allowed\n");
            } else {
                route.handle(webRequest(request, path), answer);
            }
            callback.succeeded();
        } catch (IOException e) {
            // Mostly a scraper that gave up (timeout) and closed the connection mid-answer.
            LOG.debug("HTTP response not completed", "path", path, "error", e.toString());
            callback.failed(e);
        } catch (RuntimeException e) {
            failed(path, e, answer, response, callback);
        }
        return true;
    }

    private static void failed(String path, RuntimeException e, WebResponse answer, Response response, Callback callback) {
        if (e instanceof BadQueryException) {
            LOG.debug("HTTP request refused", "path", path, "error", e.getMessage());
        } else {
            LOG.error("HTTP request failed", e, "path", path);
        }
        if (answer.started()) {
            callback.failed(e);
            return;
        }
        response.reset();
        if (response.getRequest().getAttribute(SecurityHandler.HEADERS_ATTRIBUTE) instanceof Map<?, ?> headers) {
            @SuppressWarnings("unchecked")
            Map<String, String> configured = (Map<String, String>) headers;
            SecurityHandler.addHeaders(response, configured);
        }
        try {
            WebResponse fresh = new WebResponse(response, "HEAD".equals(response.getRequest().getMethod()));
            if (e instanceof BadQueryException) {
                fresh.send(HttpURLConnection.HTTP_BAD_REQUEST, WebResponse.TEXT, e.getMessage() + "\n");
            } else {
                fresh.send(HttpURLConnection.HTTP_INTERNAL_ERROR, WebResponse.TEXT, "Internal error\n");
            }
            callback.succeeded();
        } catch (IOException | RuntimeException again) {
            callback.failed(again);
        }
    }

    WebRoute route(String path) {
        WebRoute route = exact.get(path);
        if (route != null) {
            return route;
        }
        for (Map.Entry<String, WebRoute> prefix : prefixes) {
            String p = prefix.getKey();
            if (path.equals(p) || path.startsWith(p) && path.charAt(p.length()) == '/') {
                return prefix.getValue();
            }
        }
        return null;
    }

    private static WebRequest webRequest(Request request, String path) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        Fields fields;
        try {
            fields = Request.extractQueryParameters(request);
        } catch (RuntimeException e) {
            throw new BadQueryException("Bad query string: " + e.getMessage());
        }
        for (Fields.Field field : fields) {
            query.put(field.getName(), List.copyOf(field.getValues()));
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getLowerCaseName(), name -> new ArrayList<>()).add(field.getValue());
        }
        headers.replaceAll((name, values) -> List.copyOf(values));
        HttpURI uri = request.getHttpURI();
        return new WebRequest(request.getMethod().toUpperCase(Locale.ROOT), path, query,
                uri.getQuery() == null ? "" : uri.getQuery(), headers, Request.getRemoteAddr(request));
    }

    /** A query string that cannot be decoded: the client's fault, answered with 400. */
    private static final class BadQueryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadQueryException(String message) {
            super(message);
        }
    }
}

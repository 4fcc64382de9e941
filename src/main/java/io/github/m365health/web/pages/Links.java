package io.github.m365health.web.pages;

import java.net.URI;

/**
 * Where the pages are: paths inside our pages carry the path of {@code --web.external-url} (a
 * reverse proxy serving the exporter under /m365 strips that prefix before forwarding), and
 * links meant for elsewhere (JSON, alerts, dashboards) are absolute under the external URL.
 * Tenant names and ids are encoded as path segments: ids come from Graph.
 */
final class Links {

    private final String base;
    private final String prefix;

    /** @param externalUrl absolute http(s) URL, without a trailing slash */
    Links(URI externalUrl) {
        String text = externalUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        String path = externalUrl.getRawPath() == null ? "" : externalUrl.getRawPath();
        this.prefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A path as our pages link it: {@code /m365/issues} behind a proxy at /m365. */
    String path(String path) {
        return prefix + path;
    }

    /** The same, absolute. */
    String absolute(String path) {
        return base + path;
    }

    static String issue(String tenant, String id) {
        return "/issues/" + Escape.url(tenant) + "/" + Escape.url(id);
    }

    static String message(String tenant, String id) {
        return "/messages/" + Escape.url(tenant) + "/" + Escape.url(id);
    }
}

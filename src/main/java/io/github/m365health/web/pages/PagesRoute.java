package io.github.m365health.web.pages;

import io.github.m365health.web.WebRequest;
import io.github.m365health.web.WebResponse;
import io.github.m365health.web.WebRoute;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Serves {@link ReadingSite} on the exporter's HTTP server. Paths under its prefixes that the site
 * does not know (such as a future {@code /issues/{tenant}/{id}.md}) go to {@code others}.
 */
public final class PagesRoute implements WebRoute {

    /** The prefixes to register this route under. */
    public static final List<String> PREFIXES = List.of("/issues", "/messages", "/api/v1", "/static");

    private final ReadingSite site;
    private final WebRoute others;

    public PagesRoute(ReadingSite site, WebRoute others) {
        this.site = site;
        this.others = others;
    }

    /** With nothing else under the prefixes: unknown paths are a 404 naming the pages that exist. */
    public PagesRoute(ReadingSite site) {
        this(site, (request, response) -> write(site.notFound(request.path()), response));
    }

    @Override
    public void handle(WebRequest request, WebResponse response) throws IOException {
        var reply = site.answer(request.path(), request.rawQuery().isEmpty() ? null : request.rawQuery());
        if (reply.isPresent()) {
            write(reply.get(), response);
        } else {
            others.handle(request, response);
        }
    }

    private static void write(Reply reply, WebResponse response) throws IOException {
        for (Map.Entry<String, String> header : reply.headers().entrySet()) {
            if (!header.getKey().equals("Content-Type")) {
                response.header(header.getKey(), header.getValue());
            }
        }
        response.send(reply.status(), reply.contentType(), reply.body());
    }
}

package io.github.m365health.web.pages;

/** The frame around every page: title, navigation, the link to the page's JSON, stylesheet and script. */
final class Layout {

    static final String STYLESHEET = "/static/pages.css";
    static final String SCRIPT = "/static/local-time.js";

    private final Links links;

    Layout(Links links) {
        this.links = links;
    }

    /**
     * @param title    plain text, escaped here
     * @param jsonPath the same data under /api/v1/, with its query, not yet prefixed
     * @param content  the page's body HTML, already escaped or sanitized
     */
    String page(String title, String jsonPath, String content) {
        StringBuilder html = new StringBuilder(content.length() + 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Escape.html(title)).append(" · m365-health-exporter</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(Escape.html(links.path(STYLESHEET))).append("\">\n")
                .append("<script src=\"").append(Escape.html(links.path(SCRIPT))).append("\" defer></script>\n")
                .append("</head>\n<body>\n<nav><a href=\"").append(Escape.html(links.path("/"))).append("\">m365-health-exporter</a>")
                .append(" · <a href=\"").append(Escape.html(links.path("/issues"))).append("\">Issues</a>")
                .append(" · <a href=\"").append(Escape.html(links.path("/messages"))).append("\">Message Center</a>")
                .append(" · <a class=\"json\" href=\"").append(Escape.html(links.path(jsonPath))).append("\">JSON</a></nav>\n")
                .append("<main>\n<h1>").append(Escape.html(title)).append("</h1>\n")
                .append(content)
                .append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** A small page for a 4xx: what was wrong, and a way back. */
    String problem(int status, String message) {
        return page(status == 404 ? "Not found" : "Bad request", "/api/v1/issues",
                "<p class=\"problem\">" + Escape.html(message) + "</p>\n<p><a href=\""
                        + Escape.html(links.path("/issues")) + "\">All issues</a></p>\n");
    }
}

package io.github.m365health.web.pages;

import io.github.m365health.web.Html;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping by context: HTML text and quoted attribute values, and URL path segments and query values. */
final class Escape {

    private Escape() {
    }

    /** For element text and double- or single-quoted attribute values. */
    static String html(String text) {
        return Html.escape(text);
    }

    /** One path segment or query value: every character that is not unreserved is percent-encoded. */
    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }
}

package io.github.m365health.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping by context: HTML text and quoted attribute values, and URL path segments and query values. */
final class Escape {

    private Escape() {
    }

    /** For element text and double- or single-quoted attribute values. */
    static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** One path segment or query value: every character that is not unreserved is percent-encoded. */
    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }
}

package io.github.m365health.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Decodes {@code application/x-www-form-urlencoded} bodies and query strings. */
final class FormEncoding {

    private FormEncoding() {
    }

    /** @throws IllegalArgumentException on a malformed percent escape */
    static Map<String, String> decode(String urlEncoded) {
        Map<String, String> values = new HashMap<>();
        if (urlEncoded == null) {
            return values;
        }
        for (String pair : urlEncoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }
}

package io.github.m365health.web.pages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The query string of a request; each parameter at most once, and only those a path knows. */
final class Query {

    private final Map<String, String> values;

    private Query(Map<String, String> values) {
        this.values = values;
    }

    static final Query EMPTY = new Query(Map.of());

    /** @throws BadRequest naming a parameter given twice, not understood, or not decodable */
    static Query parse(String rawQuery, Set<String> known) throws BadRequest {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return new Query(values);
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!known.contains(name)) {
                throw BadRequest.invalid("unknown parameter \"" + name + "\"; this path takes " + String.join(", ",
                        new TreeSet<>(known)));
            }
            if (values.put(name, value) != null) {
                throw BadRequest.invalid("parameter \"" + name + "\" given more than once");
            }
        }
        return new Query(values);
    }

    /** The value, or null when absent or empty (an empty form field means "any"). */
    String get(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static String decode(String text) throws BadRequest {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw BadRequest.invalid("the query is not correctly percent-encoded");
        }
    }
}

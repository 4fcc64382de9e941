package io.github.m365health.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link WebRoute} may know of a request: its method, decoded path, query parameters
 * (decoded as UTF-8, in order, repeated names kept), headers and the client's address.
 *
 * @param method     {@code GET} or {@code HEAD}: the server answers every other method itself
 * @param path       the decoded path, e.g. {@code /issues/contoso/EX1215307.md}
 * @param query      each query parameter name with its values in the order given
 * @param rawQuery   the query string as sent, without {@code ?}; empty when there is none
 * @param headers    header values by lower-case name
 * @param remoteAddr the client's IP address as text
 */
public record WebRequest(String method, String path, Map<String, List<String>> query, String rawQuery,
                         Map<String, List<String>> headers, String remoteAddr) {

    public WebRequest {
        // Kept in the order sent: a filter such as ?tenant=b&tenant=a may mean something by it.
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        headers = Map.copyOf(headers);
    }

    public boolean isHead() {
        return "HEAD".equals(method);
    }

    /** The first value of query parameter {@code name}, if given. */
    public Optional<String> param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of query parameter {@code name}, e.g. {@code ?tenant=a&tenant=b}; empty when absent. */
    public List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** The first value of header {@code name} (any case), if sent. */
    public Optional<String> header(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of header {@code name} (any case); empty when absent. */
    public List<String> headers(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * The path below {@code prefix}, without its leading slash: for prefix {@code /issues} and
     * path {@code /issues/contoso/EX1} it is {@code contoso/EX1}; empty for the prefix itself.
     */
    public String pathAfter(String prefix) {
        if (!path.startsWith(prefix)) {
            throw new IllegalArgumentException(path + " is not under " + prefix);
        }
        String rest = path.substring(prefix.length());
        return rest.startsWith("/") ? rest.substring(1) : rest;
    }
}

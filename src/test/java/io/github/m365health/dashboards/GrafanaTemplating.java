package io.github.m365health.dashboards;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grafana's variable substitution, as far as a PromQL query sees it: globals become fixed values
 * and every dashboard variable the regex {@code .+} (an "All" selection), giving the text
 * Prometheus would receive.
 */
final class GrafanaTemplating {

    static final Map<String, String> GLOBALS = Map.of(
            "__rate_interval", "1m", "__interval", "1m", "__range", "1h",
            "__range_s", "3600", "__range_ms", "3600000", "__interval_ms", "60000");

    // Names start with a letter or underscore, so label_replace's "$1" is left alone.
    private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\{([A-Za-z_]\\w*)(?::\\w+)?}|([A-Za-z_]\\w*))");

    private GrafanaTemplating() {}

    static String substitute(String text) {
        return substitute(text, GLOBALS);
    }

    /** As {@link #substitute(String)}, with the globals a particular time range and step give. */
    static String substitute(String text, Map<String, String> globals) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(globals.getOrDefault(name(m), ".+")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every {@code $name} or {@code ${name}} in the text, globals included. */
    static Set<String> referencedVariables(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            names.add(name(m));
        }
        return names;
    }

    private static String name(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}

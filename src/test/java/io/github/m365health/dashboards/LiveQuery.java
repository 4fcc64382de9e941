package io.github.m365health.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One request a shipped dashboard makes to Prometheus: a panel target (as an instant query, a
 * range query or both, as its {@code instant} and {@code range} flags say), an annotation, or a
 * query variable. {@code where} names it for people: dashboard uid, panel title, refId.
 */
record LiveQuery(String where, Kind kind, String expr) {

    enum Kind {
        /** A panel target Grafana runs at the end of the time range ({@code /api/v1/query}). */
        INSTANT,
        /** A panel target Grafana runs over the time range ({@code /api/v1/query_range}). */
        RANGE,
        /** An annotation: a range query whose samples become events. */
        ANNOTATION,
        /** A query variable's {@code label_values(…)} or {@code query_result(…)}. */
        VARIABLE
    }

    static List<LiveQuery> of(Dashboard d) {
        List<LiveQuery> all = new ArrayList<>();
        for (JsonNode v : d.queryVariables()) {
            all.add(new LiveQuery(d.uid() + ": variable '" + v.path("name").asText() + "'",
                    Kind.VARIABLE, Dashboard.variableQuery(v)));
        }
        for (JsonNode annotation : d.annotations()) {
            all.add(new LiveQuery(d.uid() + ": annotation '" + annotation.path("name").asText() + "'",
                    Kind.ANNOTATION, annotation.path("expr").asText("")));
        }
        for (JsonNode panel : d.panels()) {
            for (JsonNode target : panel.path("targets")) {
                String where = d.uid() + ": panel '" + panel.path("title").asText() + "' " + target.path("refId").asText("?");
                String expr = target.path("expr").asText("");
                boolean instant = target.path("instant").asBoolean(false);
                // Grafana's Prometheus query editor runs a range query unless told otherwise.
                boolean range = target.path("range").asBoolean(!instant);
                if (instant) {
                    all.add(new LiveQuery(where, Kind.INSTANT, expr));
                }
                if (range) {
                    all.add(new LiveQuery(where + (instant ? " (range)" : ""), Kind.RANGE, expr));
                }
            }
        }
        return all;
    }

    @Override
    public String toString() {
        return where + " [" + kind.name().toLowerCase(Locale.ROOT) + "]";
    }
}

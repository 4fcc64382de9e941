package io.github.m365health.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** One dashboard JSON file, with the views of it the lint rules walk: panels, queries, variables. */
record Dashboard(String fileName, JsonNode json) {

    /** A PromQL expression and where it sits; {@code panel} is empty for an annotation. */
    record Query(String where, String expr, JsonNode datasource, Optional<JsonNode> panel) {}

    static Dashboard load(Path file) {
        try {
            return new Dashboard(file.getFileName().toString(), new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dashboard " + file, e);
        }
    }

    String uid() {
        return json.path("uid").asText("");
    }

    String title() {
        return json.path("title").asText("");
    }

    /** Every panel, rows and the panels folded inside collapsed rows included. */
    List<JsonNode> panels() {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode panel : json.path("panels")) {
            all.add(panel);
            panel.path("panels").forEach(all::add);
        }
        return all;
    }

    static boolean isRow(JsonNode panel) {
        return panel.path("type").asText().equals("row");
    }

    static String describe(JsonNode panel) {
        return "panel " + panel.path("id").asText("?") + " '" + panel.path("title").asText("") + "'";
    }

    List<JsonNode> variables() {
        List<JsonNode> all = new ArrayList<>();
        json.path("templating").path("list").forEach(all::add);
        return all;
    }

    List<JsonNode> queryVariables() {
        return variables().stream().filter(v -> v.path("type").asText().equals("query")).toList();
    }

    Set<String> variableNames() {
        return variables().stream().map(v -> v.path("name").asText()).collect(Collectors.toSet());
    }

    /** The text of a query variable: Grafana stores either a string or an object with a {@code query} field. */
    static String variableQuery(JsonNode variable) {
        JsonNode query = variable.path("query");
        return query.isObject() ? query.path("query").asText("") : query.asText("");
    }

    /** Prometheus annotations, leaving out Grafana's built-in one. */
    List<JsonNode> annotations() {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode annotation : json.path("annotations").path("list")) {
            if (!annotation.has("builtIn")) {
                all.add(annotation);
            }
        }
        return all;
    }

    List<Query> queries() {
        List<Query> all = new ArrayList<>();
        for (JsonNode panel : panels()) {
            for (JsonNode target : panel.path("targets")) {
                all.add(new Query(describe(panel) + " target " + target.path("refId").asText("?"),
                        target.path("expr").asText(""), target.path("datasource"), Optional.of(panel)));
            }
        }
        for (JsonNode annotation : annotations()) {
            all.add(new Query("annotation '" + annotation.path("name").asText() + "'",
                    annotation.path("expr").asText(""), annotation.path("datasource"), Optional.empty()));
        }
        return all;
    }
}

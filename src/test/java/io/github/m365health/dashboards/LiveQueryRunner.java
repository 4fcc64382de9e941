package io.github.m365health.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.m365health.dashboards.PromQlExpr.VectorSelector;
import io.github.m365health.e2e.PrometheusServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sends a {@link LiveQuery} to a real Prometheus the way Grafana would, after Grafana's variable
 * substitution, and reports whether Prometheus accepted it and how many series came back.
 */
final class LiveQueryRunner {

    /**
     * @param sent   the text Prometheus received
     * @param series series (or label values, for a variable) in the answer
     * @param error  Prometheus's error, null when it accepted the query
     */
    record Outcome(String sent, int series, String error) {
        boolean accepted() {
            return error == null;
        }

        String describe() {
            return accepted() ? series + " series" : error;
        }
    }

    private static final Pattern LABEL_VALUES = Pattern.compile("(?s)\\s*label_values\\((.*)\\)\\s*");
    private static final Pattern QUERY_RESULT = Pattern.compile("(?s)\\s*query_result\\((.*)\\)\\s*");

    private final PrometheusServer prometheus;

    LiveQueryRunner(PrometheusServer prometheus) {
        this.prometheus = prometheus;
    }

    Outcome run(LiveQuery query, QueryWindow window) throws InterruptedException {
        String sent = window.substitute(query.expr());
        String path = switch (query.kind()) {
            case INSTANT -> instant(sent, window.end());
            case RANGE, ANNOTATION -> range(sent, window);
            case VARIABLE -> variable(sent, window);
        };
        if (path == null) {
            return new Outcome(sent, 0, "not a variable query Grafana's Prometheus datasource runs: " + sent);
        }
        return send(sent, path);
    }

    /** The series one selector matches anywhere in the window, from the series API. */
    Outcome series(VectorSelector selector, QueryWindow w) throws InterruptedException {
        String sent = render(selector);
        String path = "/api/v1/series?match%5B%5D=" + encode(sent) + "&start=" + seconds(w.start()) + "&end=" + seconds(w.end());
        return send(sent, path);
    }

    /** The selector as PromQL text; label values are unescaped in the parse tree and escaped again here. */
    static String render(VectorSelector selector) {
        String matchers = selector.matchers().stream()
                .map(m -> m.label() + m.op() + '"' + m.value().replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(", "));
        return selector.metric().orElse("") + (matchers.isEmpty() ? "" : "{" + matchers + "}");
    }

    private Outcome send(String sent, String path) throws InterruptedException {
        try {
            return new Outcome(sent, count(prometheus.get(path)), null);
        } catch (IOException e) {
            // PrometheusServer prefixes the request path, which repeats the query URL-encoded.
            String message = e.getMessage();
            return new Outcome(sent, 0, message.startsWith(path + ": ") ? message.substring(path.length() + 2) : message);
        }
    }

    private static String instant(String expr, Instant at) {
        return "/api/v1/query?query=" + encode(expr) + "&time=" + seconds(at);
    }

    private static String range(String expr, QueryWindow w) {
        return "/api/v1/query_range?query=" + encode(expr) + "&start=" + seconds(w.start()) + "&end=" + seconds(w.end())
                + "&step=" + w.step().toSeconds();
    }

    /** label_values(selector, label) as Grafana 10 sends it: the label values API narrowed by match[]. */
    private static String variable(String text, QueryWindow w) {
        Matcher labelValues = LABEL_VALUES.matcher(text);
        if (labelValues.matches()) {
            String args = labelValues.group(1);
            int comma = TemplateRules.lastTopLevelComma(args);
            String label = args.substring(comma + 1).strip();
            String match = comma < 0 ? "" : "&match%5B%5D=" + encode(args.substring(0, comma).strip());
            return "/api/v1/label/" + encode(label) + "/values?start=" + seconds(w.start()) + "&end=" + seconds(w.end()) + match;
        }
        Matcher queryResult = QUERY_RESULT.matcher(text);
        return queryResult.matches() ? instant(queryResult.group(1), w.end()) : null;
    }

    private static int count(JsonNode data) {
        if (data.isArray()) {
            return data.size();
        }
        String type = data.path("resultType").asText();
        return type.equals("vector") || type.equals("matrix") ? data.path("result").size() : 1;
    }

    private static String seconds(Instant t) {
        return String.format(Locale.ROOT, "%.3f", t.toEpochMilli() / 1000.0);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

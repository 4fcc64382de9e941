package io.github.m365health.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A promtool unit test file (Prometheus' unit_testing_rules format), reduced to what the style checks need. */
record PromtoolTestFile(Path file, List<Path> ruleFiles, List<UnitTest> tests) {

    /** One entry of {@code tests:}: a named scenario with its alert and expression cases. */
    record UnitTest(String name, List<AlertCase> alertCases, List<ExprCase> exprCases) {}

    /** An {@code alert_rule_test} entry; {@code expectedAlerts} empty means "not firing". */
    record AlertCase(String alertname, Duration evalTime, List<JsonNode> expectedAlerts) {

        boolean firing() {
            return !expectedAlerts.isEmpty();
        }
    }

    /** A {@code promql_expr_test} entry. */
    record ExprCase(String expr, Duration evalTime, int expectedSamples) {}

    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|s|m|h|d|w|y)");

    static PromtoolTestFile parse(Path file, JsonNode root) {
        List<Path> ruleFiles = new ArrayList<>();
        // promtool resolves rule_files against the test file's directory.
        root.path("rule_files").forEach(name -> ruleFiles.add(file.getParent().resolve(name.asText()).normalize()));
        List<UnitTest> tests = new ArrayList<>();
        for (JsonNode test : root.path("tests")) {
            List<AlertCase> alertCases = new ArrayList<>();
            for (JsonNode alertCase : test.path("alert_rule_test")) {
                List<JsonNode> expected = new ArrayList<>();
                alertCase.path("exp_alerts").forEach(expected::add);
                alertCases.add(new AlertCase(alertCase.path("alertname").asText(),
                        duration(alertCase.path("eval_time").asText()), expected));
            }
            List<ExprCase> exprCases = new ArrayList<>();
            for (JsonNode exprCase : test.path("promql_expr_test")) {
                exprCases.add(new ExprCase(exprCase.path("expr").asText(),
                        duration(exprCase.path("eval_time").asText()), exprCase.path("exp_samples").size()));
            }
            tests.add(new UnitTest(test.path("name").asText(), alertCases, exprCases));
        }
        return new PromtoolTestFile(file, List.copyOf(ruleFiles), List.copyOf(tests));
    }

    /** Prometheus duration syntax ({@code 90s}, {@code 1h30m}, {@code 10d}); years are 365 days as in Prometheus. */
    static Duration duration(String text) {
        Matcher part = DURATION_PART.matcher(text);
        Duration total = Duration.ZERO;
        int end = 0;
        while (part.find() && part.start() == end) {
            long amount = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                case "w" -> Duration.ofDays(7 * amount);
                default -> Duration.ofDays(365 * amount);
            });
            end = part.end();
        }
        if (text.isEmpty() || end != text.length()) {
            throw new IllegalArgumentException("not a Prometheus duration: '" + text + "'");
        }
        return total;
    }
}

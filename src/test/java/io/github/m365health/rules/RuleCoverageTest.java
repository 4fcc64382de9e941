package io.github.m365health.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.m365health.rules.PromtoolTestFile.AlertCase;
import io.github.m365health.rules.PromtoolTestFile.ExprCase;
import io.github.m365health.rules.PromtoolTestFile.UnitTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every alert and every recording rule is exercised by the promtool unit tests in alert-rules/tests,
 * the way issue 6 asks: alerts firing with their exact labels and annotations and silent before their
 * {@code for}, recording rules with exact values.
 */
class RuleCoverageTest {

    /** The recording rules other teams' dashboards query (wt-contracts). */
    private static final Set<String> CONTRACTED_RECORDINGS = Set.of(
            "tenant_service_name_classification:m365_service_impact_seconds:increase30d",
            "tenant_service_name_classification:m365_service_impact_minutes:increase30d",
            "tenant_service_name_classification:m365_service_impact:ratio30d",
            "tenant_service_name_classification:m365_service_availability:ratio30d",
            "tenant_service_name_classification:m365_issue_resolution_duration_seconds:mean30d",
            "tenant_service_name_classification:m365_issue_resolution_duration_seconds:p90_30d",
            "tenant_service_name_classification:m365_issues_seen:increase30d",
            "tenant_service_name_classification_kind:m365_issues_reopened:increase30d");
    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private final RulesDirectory rules = RulesDirectory.ofProject();

    @Test
    void unitTestFilesLoadOnlyTheShippedRuleFiles() {
        List<PromtoolTestFile> files = rules.unitTests();
        assertFalse(files.isEmpty(), "no promtool test file in alert-rules/tests");
        assertAll(files.stream().map(file -> () -> {
            assertFalse(file.ruleFiles().isEmpty(), file.file() + " loads no rule file");
            assertTrue(rules.ruleFiles().containsAll(file.ruleFiles()), file.file() + " loads " + file.ruleFiles());
        }));
    }

    @Test
    void everyAlertFiresInATestWithItsSeverityAndEveryAnnotation() {
        assertAll(rules.alerts().stream().map(alert -> () -> {
            String name = alert.path("alert").asText();
            List<JsonNode> firing = casesOf(name).stream()
                    .filter(AlertCase::firing)
                    .flatMap(alertCase -> alertCase.expectedAlerts().stream())
                    .toList();
            assertFalse(firing.isEmpty(), name + " is never tested firing");
            for (JsonNode expected : firing) {
                assertEquals(alert.path("labels").path("severity").asText(),
                        expected.path("exp_labels").path("severity").asText(), name + " severity in a firing case");
                assertEquals(fieldNames(alert.path("annotations")), fieldNames(expected.path("exp_annotations")),
                        name + " annotations expected by a firing case");
            }
        }));
    }

    @Test
    void everyAlertIsTestedSilentBeforeItFires() {
        assertAll(rules.alerts().stream().map(alert -> () -> {
            String name = alert.path("alert").asText();
            boolean silentFirst = alertTests().stream().anyMatch(test -> {
                List<AlertCase> own = test.alertCases().stream().filter(c -> c.alertname().equals(name)).toList();
                return own.stream().filter(AlertCase::firing).anyMatch(fires -> own.stream()
                        .anyMatch(silent -> !silent.firing() && silent.evalTime().compareTo(fires.evalTime()) < 0));
            });
            assertTrue(silentFirst, name + " has no test where it is silent before it fires");
        }));
    }

    @Test
    void recordingRulesAreExactlyTheContractedNames() {
        List<String> recorded = rules.recordings().stream().map(rule -> rule.path("record").asText()).toList();
        assertEquals(new TreeSet<>(CONTRACTED_RECORDINGS), new TreeSet<>(recorded));
        assertEquals(recorded.size(), Set.copyOf(recorded).size(), "a recording rule is defined twice: " + recorded);
    }

    @Test
    void everyRecordingRuleIsCheckedForExactValues() {
        List<ExprCase> exprCases = rules.unitTests().stream()
                .filter(file -> file.ruleFiles().contains(rules.recordingRules()))
                .flatMap(file -> file.tests().stream())
                .flatMap(test -> test.exprCases().stream())
                .toList();
        assertAll(rules.recordings().stream().map(rule -> () -> {
            String name = rule.path("record").asText();
            assertTrue(exprCases.stream().anyMatch(c -> c.expectedSamples() > 0 && metricNames(c.expr()).contains(name)),
                    name + " is never queried with expected samples in a promtool test");
        }));
    }

    private List<UnitTest> alertTests() {
        Path alertRules = rules.alertRules();
        return rules.unitTests().stream()
                .filter(file -> file.ruleFiles().contains(alertRules))
                .flatMap(file -> file.tests().stream())
                .toList();
    }

    private List<AlertCase> casesOf(String alertname) {
        return alertTests().stream()
                .flatMap(test -> test.alertCases().stream())
                .filter(alertCase -> alertCase.alertname().equals(alertname))
                .toList();
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> metricNames(String expr) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = METRIC_NAME.matcher(expr);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }
}

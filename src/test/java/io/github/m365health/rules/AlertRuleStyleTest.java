package io.github.m365health.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitoring-mixin style of alert-rules/m365-alerts.yml (the rules mixtool lint enforces), and
 * the stable alert identity DESIGN §8 asks for.
 */
class AlertRuleStyleTest {

    /** mixtool's alert-name-camelcase rule, with our shared first word. */
    private static final Pattern ALERT_NAME = Pattern.compile("M365([A-Z][a-z0-9]+)+");
    private static final Pattern SUMMARY_SENTENCE = Pattern.compile("[A-Z].*\\.");
    private static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");
    /** Labels that never change during an alert's life; a title or a status would re-fire it on every edit. */
    private static final Set<String> STABLE_LABELS = Set.of("alertname", "severity", "job", "instance",
            "tenant", "id", "service_name", "service_id", "classification", "kind", "endpoint");

    private final RulesDirectory rules = RulesDirectory.ofProject();

    @Test
    void alertNamesAreCamelCaseWithTheM365Prefix() {
        assertFalse(rules.alerts().isEmpty(), "no alert in " + rules.alertRules());
        assertEveryAlert(alert -> () -> {
            String name = name(alert);
            assertTrue(ALERT_NAME.matcher(name).matches(), name + " is not CamelCase starting with M365");
            assertTrue(name.length() <= 40, name + " is longer than 40 characters");
        });
    }

    @Test
    void everyAlertHasASeverityOfCriticalWarningOrInfo() {
        assertEveryAlert(alert -> () -> assertTrue(SEVERITIES.contains(alert.path("labels").path("severity").asText()),
                name(alert) + " has severity '" + alert.path("labels").path("severity").asText() + "'"));
    }

    @Test
    void summariesAreStaticSentences() {
        assertEveryAlert(alert -> () -> {
            String summary = annotation(alert, "summary");
            assertFalse(summary.contains("{{"), name(alert) + " summary is templated: " + summary);
            assertTrue(SUMMARY_SENTENCE.matcher(summary).matches(), name(alert) + " summary is not a sentence: " + summary);
        });
    }

    @Test
    void descriptionsAreTemplated() {
        assertEveryAlert(alert -> () -> assertTrue(annotation(alert, "description").contains("{{ $labels."),
                name(alert) + " description names no label: " + annotation(alert, "description")));
    }

    @Test
    void runbookUrlsPointAtASectionOfTheRunbookNamedAfterTheAlert() {
        List<String> anchors = Runbook.read(rules.runbook()).anchors();
        assertEveryAlert(alert -> () -> {
            String url = annotation(alert, "runbook_url");
            String anchor = Runbook.anchor(name(alert));
            assertEquals(RulesDirectory.RUNBOOK_URL + "#" + anchor, url, name(alert) + " runbook_url");
            assertTrue(anchors.contains(anchor), "runbook.md has no '## " + name(alert) + "' section");
        });
    }

    @Test
    void runbookHasExactlyOneSectionPerAlert() {
        List<String> sections = Runbook.read(rules.runbook()).sectionTitles();
        assertEquals(new TreeSet<>(rules.alerts().stream().map(AlertRuleStyleTest::name).toList()),
                new TreeSet<>(sections), "## sections of runbook.md");
        assertEquals(sections.size(), Set.copyOf(sections).size(), "duplicate runbook sections: " + sections);
    }

    @Test
    void alertsAddOnlySeverityAndNeverJoinTheTitleIntoTheirLabels() {
        assertEveryAlert(alert -> () -> {
            List<String> labels = new ArrayList<>();
            alert.path("labels").fieldNames().forEachRemaining(labels::add);
            assertEquals(List.of("severity"), labels, name(alert) + " static labels");
            assertFalse(alert.path("expr").asText().contains("title"), name(alert) + " expression mentions the title");
        });
    }

    @Test
    void everyAlertLabelExpectedByTheUnitTestsIsStable() {
        List<String> unstable = new ArrayList<>();
        for (PromtoolTestFile file : rules.unitTests()) {
            file.tests().forEach(test -> test.alertCases().forEach(alertCase -> alertCase.expectedAlerts().forEach(
                    expected -> expected.path("exp_labels").fieldNames().forEachRemaining(label -> {
                        if (!STABLE_LABELS.contains(label)) {
                            unstable.add(alertCase.alertname() + "." + label + " in " + file.file().getFileName());
                        }
                    }))));
        }
        assertEquals(List.of(), unstable, "alert labels outside " + STABLE_LABELS);
    }

    @Test
    void everyAlertHoldsForAWhileBeforeFiring() {
        assertEveryAlert(alert -> () -> assertTrue(
                !PromtoolTestFile.duration(alert.path("for").asText("")).isZero(), name(alert) + " has no 'for'"));
    }

    @Test
    void oneSubstitutionShortensEveryHoldDownAndChangesNothingElse(@TempDir Path dir) throws IOException {
        String original = Files.readString(rules.alertRules());
        Path shortened = Files.writeString(dir.resolve("m365-alerts.yml"),
                RulesDirectory.withHoldDowns(original, "1s"));
        List<JsonNode> before = rules.alerts();
        List<JsonNode> after = new RulesDirectory(dir).rules(shortened);
        assertEquals(before.size(), after.size(), "alerts after substitution");
        assertAll(IntStream.range(0, before.size()).mapToObj(i -> () -> {
            ObjectNode expected = before.get(i).deepCopy();
            JsonNode actual = after.get(i);
            assertEquals("1s", actual.path("for").asText(), name(expected) + " for");
            if (expected.has("keep_firing_for")) {
                assertEquals("1s", actual.path("keep_firing_for").asText(), name(expected) + " keep_firing_for");
                expected.put("keep_firing_for", "1s");
            }
            expected.put("for", "1s");
            assertEquals(expected, actual, name(expected) + " changed beyond its durations");
        }));
    }

    private void assertEveryAlert(Function<JsonNode, Executable> check) {
        assertAll(rules.alerts().stream().map(check));
    }

    private static String name(JsonNode alert) {
        return alert.path("alert").asText();
    }

    private static String annotation(JsonNode alert, String key) {
        return alert.path("annotations").path(key).asText();
    }
}

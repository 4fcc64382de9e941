package io.github.m365health.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.m365health.testing.ExternalTool;
import io.github.m365health.testing.ExternalTool.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped rules and examples as Prometheus and Alertmanager read them: promtool and amtool from
 * the Debian packages {@code prometheus} and {@code prometheus-alertmanager}. Without them the tests
 * skip locally and fail on CI ({@code CI=true}).
 */
class AlertRulesTest {

    private final RulesDirectory rules = RulesDirectory.ofProject();
    private final ExternalTool promtool = ExternalTool.locate("promtool", "prometheus", System.getenv());
    private final ExternalTool amtool = ExternalTool.locate("amtool", "prometheus-alertmanager", System.getenv());

    @Test
    void promtoolAcceptsEveryRuleOfEachRuleFile() throws Exception {
        assertEquals(2, rules.ruleFiles().size(), "rule files: " + rules.ruleFiles());
        for (Path file : rules.ruleFiles()) {
            Result result = promtool.run(rules.root(), "check", "rules", file.toString());
            assertTrue(result.succeeded(), result.output());
            assertTrue(result.output().contains("SUCCESS: " + rules.rules(file).size() + " rules found"), result.output());
        }
    }

    @TestFactory
    Stream<DynamicTest> promtoolUnitTestsPass() {
        return rules.testFiles().stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            Result result = promtool.run(rules.root(), "test", "rules", file.toString());
            assertTrue(result.succeeded(), result.output());
            assertTrue(result.output().contains("SUCCESS"), result.output());
            assertFalse(result.output().contains("FAILED"), result.output());
        }));
    }

    @Test
    void aCopyWithShortenedHoldDownsStillPassesPromtool(@TempDir Path dir) throws Exception {
        Path copy = Files.writeString(dir.resolve("m365-alerts.yml"),
                RulesDirectory.withHoldDowns(Files.readString(rules.alertRules()), "1s"));
        Result result = promtool.run(dir, "check", "rules", copy.toString());
        assertTrue(result.succeeded(), result.output());
        assertTrue(result.output().contains("SUCCESS: " + rules.alerts().size() + " rules found"), result.output());
    }

    /** rule_files are relative to the config file, so the example works wherever Prometheus is started. */
    @Test
    void prometheusExampleLoadsEveryRuleFileFromAnyWorkingDirectory(@TempDir Path elsewhere) throws Exception {
        Result result = promtool.run(elsewhere, "check", "config", rules.prometheusExample().toString());
        assertTrue(result.succeeded(), result.output());
        assertTrue(result.output().contains("SUCCESS: " + rules.ruleFiles().size() + " rule files found"), result.output());
        for (Path file : rules.ruleFiles()) {
            assertTrue(result.output().contains("Checking " + file + "\n"), result.output());
            assertTrue(result.output().contains("SUCCESS: " + rules.rules(file).size() + " rules found"), result.output());
        }
    }

    @Test
    void alertmanagerExampleIsValid() throws Exception {
        Result result = amtool.run(rules.root(), "check-config", rules.alertmanagerExample().toString());
        assertTrue(result.succeeded(), result.output());
        var config = rules.read(rules.alertmanagerExample());
        assertTrue(result.output().contains("SUCCESS"), result.output());
        assertTrue(result.output().contains(config.path("inhibit_rules").size() + " inhibit rules"), result.output());
        assertTrue(result.output().contains(config.path("receivers").size() + " receivers"), result.output());
    }

    @ParameterizedTest(name = "{0} ({1}) goes to {2}")
    @CsvSource({
        "M365IncidentOpen,     warning, 'webhook,msteams'",
        "M365ServiceDegraded,  warning, 'webhook,msteams'",
        "M365GraphPollFailing, warning, 'webhook,msteams'",
        "M365AdvisoryOpen,     info,    'webhook,slack'",
        "SomeoneElsesAlert,    warning, webhook",
    })
    void alertmanagerExampleRoutesEveryM365AlertToTheWebhookAndBySeverityToChat(
            String alertname, String severity, String receivers) throws Exception {
        Result result = amtool.run(rules.root(), "config", "routes", "test",
                "--config.file=" + rules.alertmanagerExample(), "--verify.receivers=" + receivers,
                "alertname=" + alertname, "severity=" + severity, "tenant=contoso");
        assertTrue(result.succeeded(), result.output());
        // amtool warns on stderr that --config.file overrides its default Alertmanager URL.
        assertEquals(receivers, result.stdout().strip(), result.output());
    }
}

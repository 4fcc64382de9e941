package io.github.m365health.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule can fail: every file under dashboards/bad/ is the good fixture broken in one way, named
 * {@code <rule>--<how>.json}, and must be reported by that rule and by no other.
 */
class DashboardLintRulesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/dashboards");
    private static final DashboardLinter LINTER = new DashboardLinter(DashboardLinter.loadAll(DashboardLinter.SHIPPED));

    static Stream<Path> brokenDashboards() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES.resolve("bad"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static String ruleNamedBy(Path fixture) {
        String name = fixture.getFileName().toString();
        return name.substring(0, name.indexOf("--"));
    }

    @Test
    void goodFixturePassesEveryRule() {
        List<LintRule.Finding> findings = LINTER.lint(Dashboard.load(FIXTURES.resolve("good/minimal.json")));

        assertEquals(List.of(), findings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDashboards")
    void reportsTheBrokenDashboardUnderTheRuleItBreaksOnly(Path fixture) {
        List<LintRule.Finding> findings = LINTER.lint(Dashboard.load(fixture));

        Set<String> rules = findings.stream().map(LintRule.Finding::rule).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(ruleNamedBy(fixture)), rules,
                () -> findings.stream().map(Object::toString).collect(Collectors.joining("\n")));
        assertFalse(findings.get(0).message().isBlank());
    }

    @Test
    void everyRuleHasABrokenDashboardThatMakesItFail() throws IOException {
        Set<String> covered = brokenDashboards().map(DashboardLintRulesTest::ruleNamedBy).collect(Collectors.toCollection(TreeSet::new));
        Set<String> rules = DashboardLinter.rules().stream().map(LintRule::name).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(rules, covered);
    }
}

package io.github.m365health.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShippedDashboardsLintTest {

    // Other dashboards, bookmarks and alert links point at these: renaming one breaks them.
    static final Set<String> STABLE_UIDS = Set.of(
            "m365-service-health", "m365-sla-trends", "m365-message-center", "m365-exporter-health");

    private static final List<Dashboard> SHIPPED = DashboardLinter.loadAll(DashboardLinter.SHIPPED);

    static Stream<Dashboard> shipped() {
        return SHIPPED.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void passesEveryLintRule(Dashboard dashboard) {
        List<LintRule.Finding> findings = new DashboardLinter(SHIPPED).lint(dashboard);

        assertEquals(List.of(), findings, () -> findings.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void shipsTheFourDashboardsUnderTheirStableUidsEachInAFileNamedAfterIt() {
        assertEquals(STABLE_UIDS, SHIPPED.stream().map(Dashboard::uid).collect(Collectors.toSet()));
        for (Dashboard d : SHIPPED) {
            assertEquals(d.uid() + ".json", d.fileName());
            assertTrue(d.uid().length() <= 40);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void linksToEachOfTheOtherThree(Dashboard dashboard) {
        Set<String> reachable = SHIPPED.stream()
                .filter(other -> !other.uid().equals(dashboard.uid()))
                .filter(other -> reachableByLink(dashboard, other))
                .map(Dashboard::uid)
                .collect(Collectors.toSet());

        Set<String> others = STABLE_UIDS.stream().filter(u -> !u.equals(dashboard.uid())).collect(Collectors.toSet());
        assertEquals(others, reachable);
    }

    private static boolean reachableByLink(Dashboard from, Dashboard to) {
        for (var link : from.json().path("links")) {
            if (link.path("type").asText().equals("dashboards")) {
                Set<String> tags = new java.util.HashSet<>();
                link.path("tags").forEach(t -> tags.add(t.asText()));
                if (DashboardLayout.tagsOf(to).containsAll(tags)) {
                    return true;
                }
            } else if (DashboardRules.linkedUid(link.path("url").asText("")).filter(to.uid()::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }
}

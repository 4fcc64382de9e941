package io.github.m365health.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Rules about where panels sit and where links lead. */
final class DashboardLayout {

    private static final int GRID_WIDTH = 24;

    private DashboardLayout() {}

    // Every panel lies inside the 24-column grid, and top-level panels do not overlap (Grafana would
    // shuffle them on load, so the file would no longer describe the layout). Panels folded in a
    // collapsed row are placed when it opens, so only their bounds are checked.
    static List<String> gridPositions(Dashboard d, LintRule.LintContext context) {
        List<String> findings = new ArrayList<>();
        for (JsonNode panel : d.panels()) {
            JsonNode g = panel.path("gridPos");
            if (g.path("x").asInt(-1) < 0 || g.path("y").asInt(-1) < 0 || g.path("w").asInt(0) < 1
                    || g.path("h").asInt(0) < 1 || g.path("x").asInt() + g.path("w").asInt() > GRID_WIDTH) {
                findings.add(Dashboard.describe(panel) + " has gridPos " + g + " outside the 24-column grid");
            }
        }
        List<JsonNode> top = new ArrayList<>();
        d.json().path("panels").forEach(top::add);
        for (int i = 0; i < top.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (overlap(top.get(i).path("gridPos"), top.get(j).path("gridPos"))) {
                    findings.add(Dashboard.describe(top.get(i)) + " overlaps " + Dashboard.describe(top.get(j)));
                }
            }
        }
        return findings;
    }

    private static boolean overlap(JsonNode a, JsonNode b) {
        return a.path("x").asInt() < b.path("x").asInt() + b.path("w").asInt()
                && b.path("x").asInt() < a.path("x").asInt() + a.path("w").asInt()
                && a.path("y").asInt() < b.path("y").asInt() + b.path("h").asInt()
                && b.path("y").asInt() < a.path("y").asInt() + a.path("h").asInt();
    }

    // Links between the dashboards resolve: a tag link finds at least one other dashboard, and every
    // /d/<uid> URL (dashboard, panel and data links) names a shipped dashboard.
    static List<String> links(Dashboard d, LintRule.LintContext context) {
        List<String> findings = new ArrayList<>();
        Set<String> uids = new HashSet<>();
        uids.add(d.uid());
        context.shipped().forEach(s -> uids.add(s.uid()));
        for (JsonNode link : d.json().path("links")) {
            if (link.path("type").asText().equals("dashboards")) {
                Set<String> wanted = new HashSet<>();
                link.path("tags").forEach(t -> wanted.add(t.asText()));
                boolean found = !wanted.isEmpty() && context.shipped().stream()
                        .anyMatch(s -> !s.uid().equals(d.uid()) && tagsOf(s).containsAll(wanted));
                if (!found) {
                    findings.add("dashboard link with tags " + wanted + " finds no other dashboard");
                }
            } else {
                checkUrl(link.path("url").asText(""), "dashboard link '" + link.path("title").asText() + "'", uids, findings);
            }
        }
        for (JsonNode panel : d.panels()) {
            List<JsonNode> urls = panel.findValues("url");
            for (JsonNode url : urls) {
                checkUrl(url.asText(""), Dashboard.describe(panel), uids, findings);
            }
        }
        return findings;
    }

    static Set<String> tagsOf(Dashboard d) {
        Set<String> tags = new HashSet<>();
        d.json().path("tags").forEach(t -> tags.add(t.asText()));
        return tags;
    }

    private static void checkUrl(String url, String where, Set<String> uids, List<String> findings) {
        DashboardRules.linkedUid(url).filter(uid -> !uids.contains(uid)).ifPresent(uid ->
                findings.add(where + " links to unknown dashboard uid '" + uid + "' (known: "
                        + uids.stream().sorted().collect(Collectors.joining(", ")) + ")"));
    }
}

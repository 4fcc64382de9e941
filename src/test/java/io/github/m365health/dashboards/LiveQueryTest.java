package io.github.m365health.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.m365health.dashboards.LiveQuery.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveQueryTest {

    private static Dashboard dashboard(String json) throws Exception {
        return new Dashboard("d.json", new ObjectMapper().readTree(json.replace('\'', '"')));
    }

    @Test
    void runsEachPanelTargetAsTheInstantAndRangeFlagsSayWithRangeTheDefault() throws Exception {
        Dashboard d = dashboard("""
                {'uid': 'd', 'panels': [{'title': 'P', 'targets': [
                  {'refId': 'A', 'expr': 'a', 'instant': true, 'range': false},
                  {'refId': 'B', 'expr': 'b'},
                  {'refId': 'C', 'expr': 'c', 'instant': true, 'range': true}]}]}""");

        assertEquals(List.of(
                new LiveQuery("d: panel 'P' A", Kind.INSTANT, "a"),
                new LiveQuery("d: panel 'P' B", Kind.RANGE, "b"),
                new LiveQuery("d: panel 'P' C", Kind.INSTANT, "c"),
                new LiveQuery("d: panel 'P' C (range)", Kind.RANGE, "c")), LiveQuery.of(d));
    }

    @Test
    void includesQueryVariablesAndPrometheusAnnotationsButNotTheBuiltInOne() throws Exception {
        Dashboard d = dashboard("""
                {'uid': 'd',
                 'templating': {'list': [
                   {'name': 'datasource', 'type': 'datasource', 'query': 'prometheus'},
                   {'name': 'tenant', 'type': 'query', 'query': {'query': 'label_values(m365_up, tenant)'}}]},
                 'annotations': {'list': [
                   {'name': 'Annotations & Alerts', 'builtIn': 1},
                   {'name': 'Started', 'expr': 'm365_issue_start_timestamp_seconds * 1000'}]},
                 'panels': [{'title': 'Row', 'type': 'row', 'panels': [
                   {'title': 'Inside', 'targets': [{'refId': 'A', 'expr': 'x', 'instant': true}]}]}]}""");

        assertEquals(List.of(
                new LiveQuery("d: variable 'tenant'", Kind.VARIABLE, "label_values(m365_up, tenant)"),
                new LiveQuery("d: annotation 'Started'", Kind.ANNOTATION, "m365_issue_start_timestamp_seconds * 1000"),
                new LiveQuery("d: panel 'Inside' A", Kind.INSTANT, "x")), LiveQuery.of(d));
    }
}

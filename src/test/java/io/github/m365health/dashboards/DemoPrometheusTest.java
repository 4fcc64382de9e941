package io.github.m365health.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.m365health.testing.EndToEnd;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@EndToEnd
class DemoPrometheusTest {

    @Test
    void evaluatesEveryShippedRecordingRuleGroupEverySecondAndKeepsEveryRule() throws Exception {
        String shipped = Files.readString(DemoPrometheus.RECORDING_RULES);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

        JsonNode original = yaml.readTree(shipped);
        JsonNode copy = yaml.readTree(DemoPrometheus.withGroupIntervals(shipped, "1s"));

        // A group without an interval of its own follows the global evaluation_interval, which is 1s too.
        List<String> intervals = new ArrayList<>();
        copy.path("groups").forEach(g -> intervals.add(g.path("interval").asText()));
        assertFalse(intervals.isEmpty());
        assertEquals(List.of(), intervals.stream().filter(i -> !i.isEmpty() && !i.equals("1s")).toList());
        for (int g = 0; g < original.path("groups").size(); g++) {
            assertEquals(original.path("groups").get(g).path("rules"), copy.path("groups").get(g).path("rules"));
        }
    }
}

package io.github.m365health.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.m365health.health.Issue;
import io.github.m365health.health.ServiceHealth;
import java.util.List;

/** The demo tenant's Graph JSON shapes, for stand-ins outside this package (the MSP benchmark's). */
public final class GraphJsonShapes {

    private final GraphJson json = new GraphJson();

    public JsonNode service(ServiceHealth service) {
        return json.service(service);
    }

    public JsonNode issue(Issue issue) {
        return json.issue(issue);
    }

    public JsonNode message(DemoMessage message) {
        return json.message(message);
    }

    /** A listing's only page: no {@code @odata.nextLink}. */
    public JsonNode page(String context, List<JsonNode> items) {
        return json.page(context, items, null);
    }
}

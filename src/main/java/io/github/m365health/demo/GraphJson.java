package io.github.m365health.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssuePost;
import io.github.m365health.health.ServiceHealth;
import java.time.Instant;
import java.util.List;

/**
 * Graph's JSON for the three listings (graph-api.md §3): camelCase enums as on the wire, nullable
 * properties sent as explicit nulls, and the properties Graph sends beyond its schema
 * ({@code highImpact}, {@code expiryDateTime}) so that clients are seen to ignore them.
 */
final class GraphJson {

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    JsonNode service(ServiceHealth service) {
        ObjectNode node = nodes.objectNode();
        node.put("service", service.serviceName());
        node.put("status", service.status().wireName());
        node.put("id", service.id());
        return node;
    }

    JsonNode issue(Issue issue) {
        ObjectNode node = nodes.objectNode();
        node.put("startDateTime", text(issue.start()));
        node.put("endDateTime", text(issue.end()));
        node.put("lastModifiedDateTime", text(issue.lastModified()));
        node.put("title", issue.title());
        node.put("id", issue.id());
        node.put("impactDescription", issue.impactDescription());
        node.put("classification", issue.classification().wireName());
        node.put("origin", issue.origin().wireName());
        node.put("status", issue.status().wireName());
        node.put("service", issue.serviceName());
        node.put("feature", nullIfEmpty(issue.feature()));
        node.put("featureGroup", nullIfEmpty(issue.featureGroup()));
        node.put("isResolved", issue.resolved());
        node.putNull("highImpact");
        node.putArray("details");
        ArrayNode posts = node.putArray("posts");
        for (IssuePost post : issue.posts()) {
            ObjectNode postNode = posts.addObject();
            postNode.put("createdDateTime", text(post.createdAt()));
            postNode.put("postType", post.postType());
            ObjectNode description = postNode.putObject("description");
            description.put("contentType", "html");
            description.put("content", post.content());
        }
        return node;
    }

    JsonNode message(DemoMessage message) {
        ObjectNode node = nodes.objectNode();
        node.put("startDateTime", text(message.start()));
        node.put("endDateTime", text(message.end()));
        node.put("lastModifiedDateTime", text(message.lastModified()));
        node.put("title", message.title());
        node.put("id", message.id());
        node.put("category", message.category().wireName());
        node.put("severity", message.severity().wireName());
        strings(node.putArray("tags"), message.tags());
        node.put("isMajorChange", message.majorChange());
        node.put("actionRequiredByDateTime", text(message.actionRequiredBy()));
        if (message.services() == null) {
            node.putNull("services");
        } else {
            strings(node.putArray("services"), message.services());
        }
        node.putNull("expiryDateTime");
        node.putArray("details");
        ObjectNode body = node.putObject("body");
        body.put("contentType", "html");
        body.put("content", message.body());
        node.putNull("viewPoint");
        node.put("hasAttachments", false);
        return node;
    }

    /** One page of a listing; {@code nextLink} null on the last page. */
    JsonNode page(String context, List<JsonNode> items, String nextLink) {
        ObjectNode node = nodes.objectNode();
        node.put("@odata.context", context);
        if (nextLink != null) {
            node.put("@odata.nextLink", nextLink);
        }
        node.putArray("value").addAll(items);
        return node;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String nullIfEmpty(String value) {
        return value.isEmpty() ? null : value;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}

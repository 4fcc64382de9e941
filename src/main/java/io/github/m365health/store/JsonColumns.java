package io.github.m365health.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.m365health.health.IssuePost;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Columns that hold a list as a JSON array: an issue's posts, a post's services and tags. */
final class JsonColumns {

    private final ObjectMapper mapper = new ObjectMapper();

    String posts(List<IssuePost> posts) {
        ArrayNode array = mapper.createArrayNode();
        for (IssuePost post : posts) {
            array.addObject()
                    .put("createdDateTime", SqlTimes.format(post.createdAt()))
                    .put("postType", post.postType())
                    .put("content", post.content());
        }
        return array.toString();
    }

    List<IssuePost> posts(String json) {
        List<IssuePost> posts = new ArrayList<>();
        for (JsonNode node : read(json)) {
            posts.add(new IssuePost(SqlTimes.parse(node.get("createdDateTime").asText()),
                    node.get("postType").asText(), node.get("content").asText()));
        }
        return posts;
    }

    String strings(Collection<String> values) {
        ArrayNode array = mapper.createArrayNode();
        values.forEach(array::add);
        return array.toString();
    }

    List<String> strings(String json) {
        List<String> values = new ArrayList<>();
        read(json).forEach(node -> values.add(node.asText()));
        return values;
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON column is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}

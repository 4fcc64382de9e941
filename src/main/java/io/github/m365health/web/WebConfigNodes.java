package io.github.m365health.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Reading values of a web config's YAML tree, each wrong shape a {@link WebConfigProblem} at its key path. */
final class WebConfigNodes {

    private WebConfigNodes() {
    }

    static String text(JsonNode node, String at, String key, String otherwise) throws WebConfigProblem {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return otherwise;
        }
        if (!value.isValueNode()) {
            throw new WebConfigProblem(at + "." + key, "must be a single value");
        }
        return value.asText();
    }

    static List<String> list(JsonNode node, String at, String key) throws WebConfigProblem {
        JsonNode value = node.path(key);
        List<String> items = new ArrayList<>();
        if (value.isMissingNode() || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            throw new WebConfigProblem(at + "." + key, "must be a list");
        }
        value.forEach(item -> items.add(item.asText()));
        return items;
    }

    static void keys(JsonNode node, String at, Set<String> known) throws WebConfigProblem {
        if (!node.isObject()) {
            throw new WebConfigProblem(at.isEmpty() ? "the file" : at.substring(0, at.length() - 1), "must be a mapping");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new WebConfigProblem(at + name, "unknown key; known here: " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }
}

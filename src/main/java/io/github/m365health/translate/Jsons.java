package io.github.m365health.translate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** Writes request bodies; a tree of strings always serializes, so a failure is a bug. */
final class Jsons {

    private Jsons() {
    }

    static byte[] bytes(ObjectMapper json, JsonNode body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

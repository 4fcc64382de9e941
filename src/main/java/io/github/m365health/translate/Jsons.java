package io.github.m365health.translate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/** Writes request bodies; a tree of strings always serializes, so a failure is a bug. */
final class Jsons {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private Jsons() {
    }

    static RequestBody requestBody(ObjectMapper json, JsonNode body) {
        try {
            return RequestBody.create(json.writeValueAsBytes(body), JSON);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

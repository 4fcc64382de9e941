package io.github.m365health.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers each text sent with {@code "ja:" + text}, in the shape of the provider whose path was
 * called, so that tests of batching see every text come back in order.
 */
final class EchoTranslations implements ResponseTransformerV2 {

    static final String NAME = "echo-translations";

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Response transform(Response response, ServeEvent event) {
        try {
            JsonNode request = json.readTree(event.getRequest().getBody());
            String path = event.getRequest().getUrl();
            String body;
            if (path.startsWith("/v2/translate")) {
                ObjectNode out = json.createObjectNode();
                ArrayNode translations = out.putArray("translations");
                request.path("text").forEach(t -> translations.addObject()
                        .put("detected_source_language", "EN").put("text", "ja:" + t.asText()));
                body = out.toString();
            } else if (request.isArray()) {
                ArrayNode out = json.createArrayNode();
                request.forEach(item -> out.addObject().putArray("translations").addObject()
                        .put("text", "ja:" + item.path("Text").asText()).put("to", "ja"));
                body = out.toString();
            } else {
                ObjectNode out = json.createObjectNode();
                ArrayNode texts = out.putArray("translatedText");
                request.path("q").forEach(t -> texts.add("ja:" + t.asText()));
                body = out.toString();
            }
            return Response.Builder.like(response).but().status(200).body(body).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}

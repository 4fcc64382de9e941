package io.github.m365health.translate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Azure AI Translator, Text Translation v3: {@code POST /translate?api-version=3.0&to=..&textType=html}
 * with a body {@code [{"Text": ...}]}, answered by {@code [{"translations": [{"text", "to"}]}]}.
 * Documented limits: 1,000 array elements and 50,000 characters per request.
 */
final class AzureTranslator implements TranslationProvider {

    static final BatchLimits LIMITS = new BatchLimits(1000, 50_000, 4L * 1024 * 1024);

    private final HttpUrl translateUrl;
    private final String key;
    private final Optional<String> region;
    private final TranslationHttp http;
    private final ObjectMapper json;
    private final ProviderReplies replies;

    AzureTranslator(HttpUrl endpoint, String to, String key, Optional<String> region, TranslationHttp http,
                    ObjectMapper json) {
        this.translateUrl = endpoint.newBuilder().addPathSegment("translate")
                .addQueryParameter("api-version", "3.0").addQueryParameter("to", to)
                .addQueryParameter("textType", "html").build();
        this.key = key;
        this.region = region;
        this.http = http;
        this.json = json;
        this.replies = new ProviderReplies(json, name(), to);
    }

    @Override
    public String name() {
        return "azure";
    }

    @Override
    public BatchLimits limits() {
        return LIMITS;
    }

    @Override
    public List<String> translate(List<String> htmlTexts, Instant deadline) throws TranslationException {
        ArrayNode body = json.createArrayNode();
        htmlTexts.forEach(text -> body.addObject().put("Text", text));
        Request.Builder request = new Request.Builder().url(translateUrl)
                .header("Ocp-Apim-Subscription-Key", key)
                .post(Jsons.requestBody(json, body));
        region.ifPresent(r -> request.header("Ocp-Apim-Subscription-Region", r));
        return replies.translations(http.execute(request.build(), deadline), htmlTexts.size(),
                answer -> answer, item -> item.path("translations").path(0).path("text"));
    }
}

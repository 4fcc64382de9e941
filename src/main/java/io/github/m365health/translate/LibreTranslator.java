package io.github.m365health.translate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * LibreTranslate: {@code POST /translate} with {@code {"q": [...], "source": "en", "target",
 * "format": "html", "api_key"}}, answered by {@code {"translatedText": [...]}}. A server sets its
 * own limits ({@code --char-limit}, {@code --batch-limit}); these are conservative defaults.
 */
final class LibreTranslator implements TranslationProvider {

    static final BatchLimits LIMITS = new BatchLimits(50, 20_000, 1024L * 1024);

    private final HttpUrl translateUrl;
    private final String target;
    private final Optional<String> key;
    private final TranslationHttp http;
    private final ObjectMapper json;
    private final ProviderReplies replies;

    LibreTranslator(HttpUrl endpoint, String to, Optional<String> key, TranslationHttp http, ObjectMapper json) {
        this.translateUrl = endpoint.newBuilder().addPathSegment("translate").build();
        this.target = to;
        this.key = key;
        this.http = http;
        this.json = json;
        this.replies = new ProviderReplies(json, name(), to);
    }

    @Override
    public String name() {
        return "libretranslate";
    }

    @Override
    public BatchLimits limits() {
        return LIMITS;
    }

    @Override
    public List<String> translate(List<String> htmlTexts, Instant deadline) throws TranslationException {
        ObjectNode body = json.createObjectNode();
        htmlTexts.forEach(body.putArray("q")::add);
        // Microsoft writes its posts in English.
        body.put("source", "en").put("target", target).put("format", "html");
        key.ifPresent(k -> body.put("api_key", k));
        Request request = new Request.Builder().url(translateUrl)
                .post(Jsons.requestBody(json, body))
                .build();
        return replies.translations(http.execute(request, deadline), htmlTexts.size(),
                answer -> answer.path("translatedText"), item -> item);
    }
}

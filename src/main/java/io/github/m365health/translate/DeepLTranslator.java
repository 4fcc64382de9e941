package io.github.m365health.translate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * DeepL API: {@code POST /v2/translate} with {@code Authorization: DeepL-Auth-Key KEY} and a JSON
 * body {@code {"text": [...], "target_lang": "JA", "tag_handling": "html"}}, answered by
 * {@code {"translations": [{"detected_source_language", "text"}]}}. Documented limits: 50 texts and
 * a 128 KiB request body; 456 means the account's quota is used up.
 */
final class DeepLTranslator implements TranslationProvider {

    static final BatchLimits LIMITS = new BatchLimits(50, Long.MAX_VALUE, 128L * 1024);

    private final HttpUrl translateUrl;
    private final String targetLang;
    private final String key;
    private final TranslationHttp http;
    private final ObjectMapper json;
    private final ProviderReplies replies;

    DeepLTranslator(HttpUrl endpoint, String to, String key, TranslationHttp http, ObjectMapper json) {
        this.translateUrl = endpoint.newBuilder().addPathSegments("v2/translate").build();
        this.targetLang = to.toUpperCase(Locale.ROOT);
        this.key = key;
        this.http = http;
        this.json = json;
        this.replies = new ProviderReplies(json, name(), to);
    }

    @Override
    public String name() {
        return "deepl";
    }

    @Override
    public BatchLimits limits() {
        return LIMITS;
    }

    @Override
    public List<String> translate(List<String> htmlTexts, Instant deadline) throws TranslationException {
        ObjectNode body = json.createObjectNode();
        htmlTexts.forEach(body.putArray("text")::add);
        body.put("target_lang", targetLang).put("tag_handling", "html");
        Request request = new Request.Builder().url(translateUrl)
                .header("Authorization", "DeepL-Auth-Key " + key)
                .post(Jsons.requestBody(json, body))
                .build();
        return replies.translations(http.execute(request, deadline), htmlTexts.size(),
                answer -> answer.path("translations"), item -> item.path("text"));
    }
}

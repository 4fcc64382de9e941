package io.github.m365health.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.m365health.translate.TranslationException.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns a provider's answer into translations or a one-line {@link TranslationException}. Only
 * the provider's error code and the first line of its error message are quoted, never the rest of
 * a body, which may be anything a proxy sends.
 */
final class ProviderReplies {

    private static final int MAX_DETAIL = 160;
    /** Azure's codes for a target language it does not know. */
    private static final Set<String> AZURE_LANGUAGE_CODES = Set.of("400019", "400035", "400036");
    /** Azure: "the subscription has exceeded its free quota". */
    private static final String AZURE_QUOTA_CODE = "403001";

    private final ObjectMapper json;
    private final String provider;
    private final String target;

    ProviderReplies(ObjectMapper json, String provider, String target) {
        this.json = json;
        this.provider = provider;
        this.target = target;
    }

    JsonNode parse(byte[] body) throws TranslationException {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new IOException("empty body");
            }
            return node;
        } catch (IOException e) {
            throw new TranslationException(Kind.BAD_RESPONSE, provider + " answered HTTP 200 with a body that is not JSON;"
                    + " nothing was kept");
        }
    }

    /**
     * The translations in a reply to {@code sent} texts: {@code items} finds the list in the
     * parsed body and {@code text} the translation in each item, up to the first item without
     * one. A failed reply becomes its {@link #failure}.
     */
    List<String> translations(TranslationHttp.Reply reply, int sent, UnaryOperator<JsonNode> items,
                              UnaryOperator<JsonNode> text) throws TranslationException {
        if (!reply.successful()) {
            throw failure(reply);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : items.apply(parse(reply.body()))) {
            JsonNode translation = text.apply(item);
            if (!translation.isTextual()) {
                break;
            }
            out.add(translation.asText());
        }
        return exactly(sent, out);
    }

    /** Exactly one translation per text sent, or nothing is kept: a short answer cannot be matched up. */
    List<String> exactly(int sent, List<String> translations) throws TranslationException {
        if (translations.size() != sent) {
            throw new TranslationException(Kind.BAD_RESPONSE, provider + " returned " + translations.size()
                    + " translations for " + sent + " texts; none of this batch was kept");
        }
        return translations;
    }

    TranslationException failure(TranslationHttp.Reply reply) {
        JsonNode body = parseQuietly(reply.body());
        String code = errorCode(body);
        String detail = firstLine(errorMessage(body));
        String head = provider + " translation failed: HTTP " + reply.status() + (code.isEmpty() ? "" : " " + code);
        String tail = detail.isEmpty() ? "" : " (" + detail + ")";
        int status = reply.status();
        if (status == 456 || status == 403 && AZURE_QUOTA_CODE.equals(code)) {
            return new TranslationException(Kind.QUOTA, head + ": the account's character quota is used up;"
                    + " translation resumes when the provider's quota renews" + tail);
        }
        if (status == 401 || status == 403) {
            return new TranslationException(Kind.KEY, head + ": the key was refused; check translation.key_file or"
                    + " key_env" + ("azure".equals(provider) ? ", and translation.region for a regional resource" : "")
                    + tail);
        }
        if (status == 429) {
            String after = reply.retryAfter() == null ? "" : " (Retry-After " + reply.retryAfter().strip() + ")";
            return new TranslationException(Kind.TRANSIENT, head + ": throttled" + after + reply.note()
                    + "; the texts are tried again after a later poll", null, reply.retryWait());
        }
        if (status >= 500) {
            return new TranslationException(Kind.TRANSIENT, head + reply.note() + tail
                    + "; the texts are tried again after a later poll");
        }
        if (status == 400 && refusesLanguage(code, detail)) {
            return new TranslationException(Kind.LANGUAGE, head + ": target language \"" + target
                    + "\" was refused; set translation.to to a language " + provider + " supports" + tail);
        }
        return new TranslationException(Kind.REFUSED, head + tail);
    }

    private static boolean refusesLanguage(String code, String detail) {
        String text = detail.toLowerCase(Locale.ROOT);
        return AZURE_LANGUAGE_CODES.contains(code) || text.contains("target_lang") || text.contains("target language")
                || text.contains("not supported") && !text.contains("format");
    }

    private static String errorCode(JsonNode body) {
        JsonNode error = body.path("error");
        return error.isObject() ? error.path("code").asText("").strip() : "";
    }

    /** Azure: error.message; DeepL: message; LibreTranslate: error. */
    private static String errorMessage(JsonNode body) {
        JsonNode error = body.path("error");
        if (error.isObject()) {
            return error.path("message").asText("");
        }
        if (error.isTextual()) {
            return error.asText();
        }
        return body.path("message").asText("");
    }

    private JsonNode parseQuietly(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    static String firstLine(String text) {
        String line = text.strip().split("[\\r\\n]", 2)[0].strip();
        return line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL) + "…" : line;
    }
}

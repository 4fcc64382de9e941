package io.github.m365health.translate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits texts into requests that stay within a provider's {@link BatchLimits}, in order. */
final class Batches {

    /** Room for the JSON around the texts: brackets, field names, target language, key. */
    static final int ENVELOPE_BYTES = 512;

    private Batches() {
    }

    /** Characters as the providers bill them: Unicode code points. */
    static long characters(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Bytes a text takes as a JSON string: quotes, escapes and a separating comma included. */
    static long jsonBytes(String text) {
        long bytes = 3;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                bytes += c < 0x20 && c != '\n' && c != '\r' && c != '\t' ? 6 : 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += String.valueOf(c).getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return bytes;
    }

    /** Whether a single text fits in a request at all. */
    static boolean fits(String text, BatchLimits limits) {
        return characters(text) <= limits.maxCharacters() && jsonBytes(text) + ENVELOPE_BYTES <= limits.maxBodyBytes();
    }

    /** @param texts each of which {@link #fits}; greedy, keeping the order */
    static List<List<String>> split(List<String> texts, BatchLimits limits) {
        List<List<String>> batches = new ArrayList<>();
        List<String> current = new ArrayList<>();
        long characters = 0;
        long bytes = ENVELOPE_BYTES;
        for (String text : texts) {
            long c = characters(text);
            long b = jsonBytes(text);
            boolean full = current.size() == limits.maxTexts() || characters + c > limits.maxCharacters()
                    || bytes + b > limits.maxBodyBytes();
            if (full && !current.isEmpty()) {
                batches.add(List.copyOf(current));
                current.clear();
                characters = 0;
                bytes = ENVELOPE_BYTES;
            }
            current.add(text);
            characters += c;
            bytes += b;
        }
        if (!current.isEmpty()) {
            batches.add(List.copyOf(current));
        }
        return batches;
    }
}

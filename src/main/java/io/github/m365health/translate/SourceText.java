package io.github.m365health.translate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One text to translate, as an HTML fragment, which is what every provider is sent: a title is
 * escaped text; a post or message body is HTML when it has markup, and otherwise Graph's plain
 * text with its line breaks made {@code <br>} so that they survive HTML translation. The cache
 * key is the SHA-256 of this fragment.
 *
 * @param plain true for a title: its translation is shown as text, never as markup
 */
public record SourceText(String fragment, boolean plain) {

    public SourceText {
        Objects.requireNonNull(fragment, "fragment");
    }

    public static SourceText title(String title) {
        return new SourceText(HtmlFragments.escape(title.strip()), true);
    }

    /** A post or message body as Graph sent it. */
    public static SourceText body(String content) {
        return new SourceText(HtmlFragments.fragmentOf(content.strip()), false);
    }

    public boolean isBlank() {
        return fragment.isBlank();
    }

    public String sha256() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(fragment.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

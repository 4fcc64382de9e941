package io.github.m365health.translate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * HTML going to and coming from a translator. A translation is as hostile as the original it came
 * from, so it passes the same allow-list as Microsoft's own post HTML before it is kept.
 */
public final class HtmlFragments {

    /** What a post may keep: text formatting, lists, tables and links; no script, style or frame. */
    public static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("a", "rel")
            .preserveRelativeLinks(false);

    private HtmlFragments() {
    }

    static String escape(String text) {
        return Entities.escape(text);
    }

    /** Graph's post bodies are nominally HTML and often plain text with newlines; both become HTML. */
    static String fragmentOf(String content) {
        if (looksLikeHtml(content)) {
            return content;
        }
        return escape(content).replace("\r\n", "\n").replace("\n", "<br>");
    }

    static boolean looksLikeHtml(String content) {
        Document parsed = Jsoup.parseBodyFragment(content);
        return !parsed.body().children().isEmpty();
    }

    /** A translated body, reduced to the allow-list. */
    public static String sanitize(String html) {
        Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFELIST, compact);
    }

    /** A translated title: only its text, whatever markup came back. */
    public static String text(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }
}

package io.github.m365health.web.pages;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Microsoft's post and message HTML, made safe to show: jsoup's allow-list keeps text structure
 * and http(s)/mailto links and drops everything else (script, style, iframe, event handlers,
 * javascript: URLs, images that would load from elsewhere). Links open without handing the page
 * to the target or telling it where the reader came from.
 */
final class PostHtml {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer")
            .addEnforcedAttribute("a", "target", "_blank");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private PostHtml() {
    }

    /**
     * Sanitized HTML for an element styled {@code white-space: pre-line}: Graph's content is
     * nominally HTML but often plain text with newlines, which that style keeps as line breaks.
     */
    static String clean(String untrusted) {
        if (untrusted == null || untrusted.isEmpty()) {
            return "";
        }
        return Jsoup.clean(untrusted, "", ALLOWED, OUTPUT);
    }
}

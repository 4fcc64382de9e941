package io.github.m365health.health;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The plain text of a post body. Graph calls the content HTML, but sends plain text with newlines
 * as often as markup, and its markup runs sections together ({@code <p>...Forms</p><p>User
 * Impact:...}): block elements and {@code <br>} become line breaks here, so that sections
 * separate, and entities are decoded. Only text leaves this class, never markup.
 */
final class PostText {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");

    private PostText() {
    }

    static String of(String content) {
        if (content == null || content.isEmpty()) {
            return "";
        }
        String text = isMarkup(content) ? fromHtml(content) : content;
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').strip();
    }

    static boolean isMarkup(String content) {
        return content != null && MARKUP.matcher(content).find();
    }

    private static String fromHtml(String html) {
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.getWholeText());
                } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    lineBreak(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    lineBreak(text);
                }
            }
        });
        return text.toString();
    }

    private static void lineBreak(StringBuilder text) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}

package io.github.m365health.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What the demo translator answers: the seed page's Japanese, section by section, for
 * EX1215307's final post; for any other text a deterministic pseudo-translation (markers and
 * full-width letters) that keeps the markup, so it is plain which text was translated.
 */
final class DemoTranslations {

    private static final String RESOURCE = "/demo/EX1215307-ja.tsv";
    private static final String FINAL_POST_TITLE = "Title: Some users may have been unable to access their mailboxes";
    private static final String FINAL_POST_END = "This is the final update for the event.";

    /** English section label to the seed's Japanese line. */
    private final Map<String, String> seed;

    private DemoTranslations(Map<String, String> seed) {
        this.seed = seed;
    }

    static DemoTranslations load() {
        try (InputStream in = DemoTranslations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, String> seed = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && line.contains("\t")) {
                    String[] parts = line.split("\t", 2);
                    seed.put(parts[0], parts[1].strip());
                }
            }
            return new DemoTranslations(Map.copyOf(seed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String translate(String text, boolean html) {
        if (html && isImapFinalPost(text)) {
            return List.of(text.split("<br>")).stream().map(this::seedLine).collect(Collectors.joining("<br>"));
        }
        return html ? pseudoHtml(text) : pseudo(text);
    }

    private boolean isImapFinalPost(String fragment) {
        String text = Entities.unescape(fragment);
        return text.startsWith(FINAL_POST_TITLE) && text.contains(FINAL_POST_END);
    }

    /** A line of the post: its section's Japanese from the seed; times keep the demo's own values. */
    private String seedLine(String line) {
        String text = Entities.unescape(line).strip();
        if (seed.containsKey(text)) {
            return Entities.escape(seed.get(text));
        }
        int colon = text.indexOf(':');
        String label = colon < 0 ? "" : text.substring(0, colon);
        String japanese = seed.get(label);
        if (japanese == null) {
            return pseudoHtml(line);
        }
        boolean time = label.equals("Start time") || label.equals("End time");
        return Entities.escape(time ? japanese + text.substring(colon + 1).strip() : japanese);
    }

    private static String pseudoHtml(String fragment) {
        Element body = Jsoup.parseBodyFragment(fragment).body();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode textNode && !textNode.isBlank()) {
                textNode.text(pseudo(textNode.getWholeText()));
            }
        }, body);
        body.ownerDocument().outputSettings().prettyPrint(false);
        return body.html();
    }

    /** Full-width Latin letters between 〔 〕: unmistakably "translated", and the same every time. */
    static String pseudo(String text) {
        StringBuilder out = new StringBuilder("〔");
        text.codePoints().forEach(c -> out.appendCodePoint(c >= '!' && c <= '~' && Character.isLetter(c) ? c + 0xFEE0 : c));
        return out.append('〕').toString();
    }
}

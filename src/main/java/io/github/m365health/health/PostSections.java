package io.github.m365health.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post split into the sections of Microsoft's template. A label counts where a line starts
 * with it, or where it starts with a capital letter in the middle of a line: Microsoft's HTML
 * glues sections together ({@code ...Microsoft FormsUser Impact: Users may...}), while prose
 * that merely mentions "the root cause: ..." in lower case stays prose. Text before the first
 * label is a {@link PostLabel#TEXT} section; labels we do not know stay inside the text.
 */
public record PostSections(List<PostSection> sections) {

    private static final Pattern LABEL = PostLabel.pattern();

    public PostSections {
        sections = List.copyOf(sections);
    }

    /** Splits Graph's post content, HTML or text. */
    public static PostSections of(String content) {
        String text = PostText.of(content);
        List<PostSection> sections = new ArrayList<>();
        PostLabel current = PostLabel.TEXT;
        int from = 0;
        Matcher matcher = LABEL.matcher(text);
        while (matcher.find()) {
            if (!startsSection(text, matcher.start())) {
                continue;
            }
            add(sections, current, text.substring(from, matcher.start()));
            current = PostLabel.of(matcher.group(1)).orElseThrow();
            from = matcher.end();
        }
        add(sections, current, text.substring(from));
        return new PostSections(sections);
    }

    /** Whether Graph sent the post as markup rather than text with line breaks. */
    public static boolean isMarkup(String content) {
        return PostText.isMarkup(content);
    }

    /** The first section with {@code label}. */
    public Optional<String> get(PostLabel label) {
        return sections.stream().filter(section -> section.label() == label).map(PostSection::text).findFirst();
    }

    /** "Current status" of an ongoing incident, or "Final status" of an ended one. */
    public Optional<String> status() {
        return get(PostLabel.FINAL_STATUS).or(() -> get(PostLabel.CURRENT_STATUS));
    }

    private static boolean startsSection(String text, int at) {
        if (at == 0 || text.charAt(at - 1) == '\n') {
            return true;
        }
        return Character.isUpperCase(text.charAt(at));
    }

    private static void add(List<PostSection> sections, PostLabel label, String text) {
        String trimmed = text.strip();
        if (label == PostLabel.TEXT && trimmed.isEmpty()) {
            return;
        }
        sections.add(new PostSection(label, trimmed));
    }
}

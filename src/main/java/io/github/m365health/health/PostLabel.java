package io.github.m365health.health;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The labels of Microsoft's incident post template, each with the spellings seen in real posts
 * ({@code User impact:} / {@code User Impact:}, {@code Next update by:} / {@code Next Update:}).
 * {@link #TEXT} is no label: it marks text before the first label.
 */
public enum PostLabel {
    TEXT(""),
    TITLE("Title"),
    USER_IMPACT("User impact"),
    MORE_INFO("More info", "More information"),
    CURRENT_STATUS("Current status"),
    FINAL_STATUS("Final status"),
    SCOPE_OF_IMPACT("Scope of impact"),
    START_TIME("Start time"),
    END_TIME("End time"),
    PRELIMINARY_ROOT_CAUSE("Preliminary root cause"),
    ROOT_CAUSE("Root cause"),
    NEXT_STEPS("Next steps"),
    NEXT_UPDATE("Next update by", "Next update");

    private final String display;
    private final List<String> spellings;

    PostLabel(String display, String... more) {
        this.display = display;
        this.spellings = display.isEmpty() ? List.of() : concat(display, more);
    }

    /** How the label reads in a report or a page, e.g. "User impact". */
    public String display() {
        return display;
    }

    /**
     * Every label spelling, longest first so that "Next update by" wins over "Next update" and
     * "Preliminary root cause" over "Root cause"; words may be split by any run of spaces, and a
     * space may precede the colon.
     */
    static Pattern pattern() {
        String alternatives = Arrays.stream(values())
                .flatMap(label -> label.spellings.stream())
                .sorted((a, b) -> b.length() - a.length())
                .map(spelling -> spelling.replace(" ", "[\\s\\u00a0]+"))
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
        return Pattern.compile("(" + alternatives + ")[ \\t\\u00a0]*:", Pattern.CASE_INSENSITIVE);
    }

    static Optional<PostLabel> of(String matched) {
        String normal = matched.replaceAll("[\\s\\u00a0]+", " ");
        return Arrays.stream(values())
                .filter(label -> label.spellings.stream().anyMatch(normal::equalsIgnoreCase))
                .findFirst();
    }

    private static List<String> concat(String first, String[] more) {
        String[] all = new String[more.length + 1];
        all[0] = first;
        System.arraycopy(more, 0, all, 1, more.length);
        return List.of(all);
    }
}

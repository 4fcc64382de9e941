package io.github.m365health.health;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue ids that an issue's own text names. Microsoft links a re-listed problem to its
 * predecessor only in prose (EX1268771's first post: "the impact described in EX1256020 is still
 * occurring"), so the title, the impact text and every post are searched.
 */
public final class IssueReferences {

    // Service-health ids are a short service prefix and a serial number (EX1215307, TM226792).
    private static final Pattern ISSUE_ID = Pattern.compile("\\b[A-Z]{2,4}\\d{5,9}\\b");

    private IssueReferences() {
    }

    /** Every id named in {@code issue}'s text, except its own, in sorted order. */
    public static Set<String> in(Issue issue) {
        Set<String> found = new TreeSet<>();
        collect(issue.title(), found);
        collect(issue.impactDescription(), found);
        for (IssuePost post : issue.posts()) {
            collect(post.content(), found);
        }
        found.remove(issue.id());
        return Set.copyOf(found);
    }

    private static void collect(String text, Set<String> into) {
        if (!mayNameAnId(text)) {
            return;
        }
        Matcher matcher = ISSUE_ID.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group());
        }
    }

    /**
     * Whether {@code text} has an ASCII capital followed by five ASCII digits, which every match
     * of {@link #ISSUE_ID} contains. Most posts have none, and this scan is several times cheaper
     * than the pattern's search, which tries its word boundary at every character: a first
     * import of 100 tenants (30,000 issues) spent a sixth of its poll threads' time there.
     */
    static boolean mayNameAnId(String text) {
        int digits = 0;
        for (int i = text.length() - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else {
                digits = 0;
                continue;
            }
            char before = text.charAt(i - 1);
            if (digits >= 5 && before >= 'A' && before <= 'Z') {
                return true;
            }
        }
        return false;
    }
}

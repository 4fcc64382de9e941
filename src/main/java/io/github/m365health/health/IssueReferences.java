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
        Matcher matcher = ISSUE_ID.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group());
        }
    }
}

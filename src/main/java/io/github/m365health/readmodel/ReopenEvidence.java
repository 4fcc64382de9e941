package io.github.m365health.readmodel;

import io.github.m365health.health.Issue;
import io.github.m365health.health.IssuePost;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Finds where a follow-up issue names the issue it continues, searching its texts in the order
 * the reopen detection does: title, user impact, then posts from the first.
 */
public final class ReopenEvidence {

    /** Enough of a sentence on each side to read why the id is named. */
    private static final int REACH = 200;

    private ReopenEvidence() {
    }

    /** The first place {@code later} names {@code earlierId}, or null when none of its texts does any more. */
    public static Evidence find(Issue later, String earlierId) {
        Pattern named = Pattern.compile("\\b" + Pattern.quote(earlierId) + "\\b");
        String excerpt = excerpt(later.title(), named);
        if (excerpt != null) {
            return new Evidence(Evidence.Source.TITLE, null, excerpt);
        }
        excerpt = excerpt(later.impactDescription(), named);
        if (excerpt != null) {
            return new Evidence(Evidence.Source.USER_IMPACT, null, excerpt);
        }
        List<IssuePost> oldestFirst = later.posts().stream().sorted(Comparator.comparing(IssuePost::createdAt)).toList();
        for (IssuePost post : oldestFirst) {
            excerpt = excerpt(post.content(), named);
            if (excerpt != null) {
                return new Evidence(Evidence.Source.POST, post.createdAt(), excerpt);
            }
        }
        return null;
    }

    /** The sentence around the first match, as plain text (posts may be HTML). */
    static String excerpt(String content, Pattern named) {
        if (content == null || content.isEmpty()) {
            return null;
        }
        String text = Jsoup.parse(content).text();
        Matcher match = named.matcher(text);
        if (!match.find()) {
            return null;
        }
        int from = Math.max(0, match.start() - REACH);
        int sentenceStart = Math.max(text.lastIndexOf(". ", match.start()), text.lastIndexOf(": ", match.start()));
        boolean cutStart = from > 0;
        if (sentenceStart >= 0 && sentenceStart + 2 > from) {
            from = sentenceStart + 2;
            cutStart = false;
        }
        int to = Math.min(text.length(), match.end() + REACH);
        int sentenceEnd = text.indexOf(". ", match.end());
        boolean cutEnd = to < text.length();
        if (sentenceEnd >= 0 && sentenceEnd < to) {
            to = sentenceEnd + 1;
            cutEnd = false;
        }
        return (cutStart ? "…" : "") + text.substring(from, to).trim() + (cutEnd ? "…" : "");
    }
}

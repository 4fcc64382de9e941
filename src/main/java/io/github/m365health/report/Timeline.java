package io.github.m365health.report;

import io.github.m365health.health.IssuePost;
import io.github.m365health.health.PostLabel;
import io.github.m365health.health.PostSection;
import io.github.m365health.health.PostSections;
import io.github.m365health.readmodel.IssueDetail;
import io.github.m365health.readmodel.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The "Timeline" section: every post and every status change the history holds, oldest first. */
final class Timeline {

    private record Row(Instant at, int order, String what) {
    }

    private Timeline() {
    }

    static void render(StringBuilder md, IssueDetail issue) {
        List<Row> rows = new ArrayList<>();
        for (IssuePost post : issue.posts()) {
            rows.add(new Row(post.createdAt(), 1, "Microsoft posted: " + gist(post)));
        }
        for (TimelineEntry entry : issue.timeline()) {
            rows.add(new Row(entry.at(), 2, switch (entry.kind()) {
                case FIRST_SEEN -> "First seen by the exporter" + (entry.to() == null ? "" : ", status " + entry.to().wireName());
                case STATUS_CHANGED -> "Status changed from " + (entry.from() == null ? "unknown" : entry.from().wireName())
                        + " to " + (entry.to() == null ? "unknown" : entry.to().wireName());
                case RESOLVED -> "Marked resolved";
                case REOPENED -> "Marked unresolved again (reopened under the same id)";
            }));
        }
        rows.sort(Comparator.comparing(Row::at).thenComparing(Row::order));
        md.append("## Timeline\n\n| Time (UTC) | Event |\n|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(Markdown.time(row.at()).replace(" UTC", "")).append(" | ").append(row.what()).append(" |\n");
        }
        md.append("\n");
    }

    /** The post's status (or its first section) on one line, escaped; the full text is on the issue page. */
    private static String gist(IssuePost post) {
        PostSections sections = PostSections.of(post.content());
        String text = sections.status()
                .orElseGet(() -> sections.sections().stream()
                        .filter(section -> section.label() != PostLabel.TITLE)
                        .map(PostSection::text).findFirst().orElse(""));
        String line = text.replaceAll("\\s*\\R\\s*", " ").strip();
        if (line.length() > 240) {
            line = line.substring(0, 239).strip() + "…";
        }
        return line.isEmpty() ? "(no text)" : "\"" + Markdown.line(line) + "\"";
    }
}

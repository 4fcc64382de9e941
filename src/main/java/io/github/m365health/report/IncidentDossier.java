package io.github.m365health.report;

import io.github.m365health.health.IssuePost;
import io.github.m365health.health.PostLabel;
import io.github.m365health.health.PostSections;
import io.github.m365health.readmodel.IssueDetail;
import io.github.m365health.readmodel.ReopenLink;
import java.time.Instant;
import java.util.Map;

/**
 * The incident dossier (DESIGN §9): one issue as a short incident report in Markdown, from the
 * history alone: summary, the reopen chain with its evidence, duration and impact, the timeline of
 * posts and status changes, and the root cause and next steps of Microsoft's final post. A pure
 * function; Microsoft's words are quoted, escaped, never paraphrased.
 */
public final class IncidentDossier {

    private IncidentDossier() {
    }

    /**
     * @param related the other issues of the reopen chain by id, as far as the history still has them
     * @param now     for the running time of an open issue
     */
    public static String render(IssueDetail issue, Map<String, IssueDetail> related, Instant now) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Markdown.text(issue.id())).append(": ").append(Markdown.line(issue.title())).append("\n\n");
        md.append("Incident report for tenant `").append(issue.tenant().replace("`", "")).append("`, from the history the")
                .append(" exporter kept of Microsoft's Service Health posts. Times are UTC.\n\n");
        summary(md, issue, now);
        ReopenChain.render(md, issue, related);
        durationAndImpact(md, issue, related, now);
        Timeline.render(md, issue);
        finalPost(md, issue);
        return md.toString();
    }

    private static void summary(StringBuilder md, IssueDetail issue, Instant now) {
        md.append("## Summary\n\n");
        md.append("- **Service:** ").append(Markdown.line(issue.serviceName()));
        String feature = String.join(" / ", issue.featureGroup(), issue.feature()).replaceAll("^ / | / $", "");
        if (!feature.isBlank() && !feature.equals(" / ")) {
            md.append(" (").append(Markdown.line(feature)).append(")");
        }
        md.append("\n");
        md.append("- **Classification:** ").append(issue.classification().wireName()).append("\n");
        md.append("- **Status:** ").append(issue.status().wireName())
                .append(issue.resolved() ? " (resolved)" : issue.open() ? " (open)" : " (vanished)").append("\n");
        if (!issue.userImpact().isBlank()) {
            md.append("- **User impact:** ").append(Markdown.line(issue.userImpact())).append("\n");
        }
        md.append("- **Start:** ").append(Markdown.time(issue.start())).append("\n");
        md.append("- **End:** ").append(issue.end() == null ? "not ended" : Markdown.time(issue.end())).append("\n");
        if (issue.vanished()) {
            md.append("- **Vanished:** ").append(Markdown.time(issue.vanishedAt()))
                    .append(" (Graph stopped listing it unresolved; no longer counted as open)\n");
        }
        md.append("- **Duration:** ").append(Markdown.duration(issue.duration(now)))
                .append(issue.end() == null && !issue.vanished() ? " so far" : "").append("\n");
        md.append("- **Last update from Microsoft:** ").append(Markdown.time(issue.lastUpdate())).append("\n");
        md.append("- **Admin center:** <").append(issue.adminCenter()).append(">\n\n");
    }

    private static void durationAndImpact(StringBuilder md, IssueDetail issue, Map<String, IssueDetail> related, Instant now) {
        md.append("## Duration and impact\n\n");
        if (issue.vanished()) {
            md.append("From ").append(Markdown.time(issue.start())).append(" until it vanished from Graph's listings at ")
                    .append(Markdown.time(issue.vanishedAt())).append(": ").append(Markdown.duration(issue.duration(now)))
                    .append(".");
        } else if (issue.end() == null) {
            md.append("Open since ").append(Markdown.time(issue.start())).append(": ")
                    .append(Markdown.duration(issue.duration(now))).append(" so far.");
        } else {
            md.append("From ").append(Markdown.time(issue.start())).append(" to ").append(Markdown.time(issue.end()))
                    .append(": ").append(Markdown.duration(issue.duration(now))).append(".");
        }
        if (issue.firstSeen() != null && issue.firstSeen().isAfter(issue.start().plusSeconds(3600))) {
            md.append(" Microsoft's start time lies ").append(Markdown.duration(
                    java.time.Duration.between(issue.start(), issue.firstSeen())))
                    .append(" before the exporter first saw the issue (").append(Markdown.time(issue.firstSeen()))
                    .append("): Microsoft dated the start back.");
        }
        md.append("\n");
        Instant earliest = issue.start();
        String earliestId = null;
        for (ReopenLink link : issue.reopens()) {
            IssueDetail earlier = related.get(link.issueId());
            if (link.role() == ReopenLink.Role.FOLLOW_UP_OF && earlier != null && earlier.start().isBefore(earliest)) {
                earliest = earlier.start();
                earliestId = earlier.id();
            }
        }
        if (earliestId != null) {
            Instant until = issue.end() == null ? now : issue.end();
            md.append("\nCounting the earlier issue ").append(Markdown.text(earliestId))
                    .append(", users were affected from ").append(Markdown.time(earliest)).append(" to ")
                    .append(issue.end() == null ? "now" : Markdown.time(until)).append(": ")
                    .append(Markdown.duration(java.time.Duration.between(earliest, until)))
                    .append(", although Microsoft's history shows two shorter issues.\n");
        }
        md.append("\n");
    }

    private static void finalPost(StringBuilder md, IssueDetail issue) {
        IssuePost latest = issue.latestPost();
        if (latest == null) {
            return;
        }
        PostSections sections = PostSections.of(latest.content());
        md.append(issue.resolved() ? "## Microsoft's final post" : "## Microsoft's latest post")
                .append(" (").append(Markdown.time(latest.createdAt())).append(")\n\n");
        section(md, "Status", sections.status().orElse(null));
        section(md, "Scope of impact", sections.get(PostLabel.SCOPE_OF_IMPACT).orElse(null));
        section(md, "Start time", sections.get(PostLabel.START_TIME).orElse(null));
        section(md, "End time", sections.get(PostLabel.END_TIME).orElse(null));
        section(md, "Root cause", sections.get(PostLabel.ROOT_CAUSE)
                .or(() -> sections.get(PostLabel.PRELIMINARY_ROOT_CAUSE)).orElse(null));
        section(md, "Next steps", sections.get(PostLabel.NEXT_STEPS).orElse(null));
        section(md, "Next update by", sections.get(PostLabel.NEXT_UPDATE).orElse(null));
        if (sections.get(PostLabel.ROOT_CAUSE).isEmpty() && sections.get(PostLabel.PRELIMINARY_ROOT_CAUSE).isEmpty()) {
            String earlier = RootCause.earlierPost(issue);
            md.append(earlier == null
                    ? "The post names no root cause.\n\n"
                    : "The post names no root cause; an earlier post did:\n\n" + earlier + "\n\n");
        }
    }

    private static void section(StringBuilder md, String heading, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        md.append("### ").append(heading).append("\n\n").append(Markdown.block(text)).append("\n\n");
    }
}

package io.github.m365health.report;

import io.github.m365health.readmodel.IssueDetail;
import io.github.m365health.readmodel.ReopenLink;
import java.util.Map;

/** The "Reopen chain" section: each link to an earlier or later issue, with the words that prove it. */
final class ReopenChain {

    private ReopenChain() {
    }

    static void render(StringBuilder md, IssueDetail issue, Map<String, IssueDetail> related) {
        md.append("## Reopen chain\n\n");
        if (issue.reopens().isEmpty()) {
            md.append("None: the history shows no reopen of this issue and names no earlier issue it continues.\n\n");
            return;
        }
        for (ReopenLink link : issue.reopens()) {
            IssueDetail other = related.get(link.issueId());
            String id = Markdown.text(link.issueId());
            switch (link.role()) {
                case FOLLOW_UP_OF -> {
                    md.append("- **Continues ").append(id).append("**");
                    if (other != null) {
                        md.append(" (").append(Markdown.line(other.title())).append("). ").append(id)
                                .append(" started ").append(Markdown.time(other.start()));
                        if (other.end() != null) {
                            md.append(" and was marked resolved on ").append(Markdown.time(other.end()));
                        }
                        md.append(".");
                    } else {
                        md.append(": the earlier issue is no longer in the history.");
                    }
                    md.append(" Counted as a reopen (").append(link.kind().label()).append(") on ")
                            .append(Markdown.time(link.at())).append(".\n");
                }
                case REOPENED_AS -> md.append("- **Came back as ").append(id).append("**, counted as a reopen (")
                        .append(link.kind().label()).append(") on ").append(Markdown.time(link.at())).append(".\n");
                case CAME_BACK -> md.append("- **Came back under its own id** on ").append(Markdown.time(link.at()))
                        .append(": Microsoft marked it unresolved again after it had been resolved.\n");
            }
            if (link.evidence() != null) {
                md.append("  - Evidence, ").append(switch (link.evidence().source()) {
                    case TITLE -> "its title";
                    case USER_IMPACT -> "its user impact";
                    case POST -> "its post of " + (link.evidence().postedAt() == null ? "unknown time"
                            : Markdown.time(link.evidence().postedAt()));
                }).append(": \"").append(Markdown.line(link.evidence().excerpt())).append("\"\n");
            }
        }
        md.append("\n");
    }
}

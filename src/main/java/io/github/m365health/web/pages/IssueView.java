package io.github.m365health.web.pages;

import io.github.m365health.health.IssuePost;
import io.github.m365health.health.PostLabel;
import io.github.m365health.health.PostSection;
import io.github.m365health.health.PostSections;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.readmodel.Evidence;
import io.github.m365health.readmodel.IssueDetail;
import io.github.m365health.readmodel.ReopenLink;
import io.github.m365health.readmodel.TimelineEntry;
import java.time.Instant;

/** {@code /issues/{tenant}/{id}}: the seed page's fields, the latest post in full, earlier posts, timeline and reopen chain. */
final class IssueView {

    private final Layout layout;
    private final Links links;
    private final Translations translations;

    IssueView(Layout layout, Links links, Translations translations) {
        this.layout = layout;
        this.links = links;
        this.translations = translations;
    }

    String render(IssueDetail issue, Instant now) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<dl class=\"fields\">\n");
        html.append(translations.titleField(issue.title()));
        field(html, "Status", "<span" + (issue.open() ? " class=\"open\"" : "") + ">"
                + Escape.html(issue.status().wireName()) + "</span>");
        field(html, "Classification", Escape.html(issue.classification().wireName()));
        field(html, "User impact", Escape.html(issue.userImpact()));
        field(html, "Service", Escape.html(issue.serviceName())
                + (issue.feature().isEmpty() ? "" : " · " + Escape.html(issue.feature())));
        field(html, "Tenant", Escape.html(issue.tenant()));
        field(html, "Start time", Times.html(issue.start(), ""));
        field(html, "End time", Times.html(issue.end(), "not ended"));
        if (issue.vanished()) {
            field(html, "Vanished", Times.html(issue.vanishedAt(), "")
                    + " (Graph stopped listing it unresolved; no longer counted as open)");
        }
        field(html, "Last updated", Times.html(issue.lastUpdate(), ""));
        field(html, "Duration", "<span class=\"duration\">" + Times.duration(issue.duration(now)) + "</span>"
                + (issue.end() == null && !issue.vanished() ? " so far" : ""));
        field(html, "Admin center", "<a rel=\"noopener noreferrer\" href=\"" + Escape.html(issue.adminCenter().toString())
                + "\">Open " + Escape.html(issue.id()) + " in the Microsoft 365 admin center</a>");
        String self = links.path(Links.issue(issue.tenant(), issue.id()));
        field(html, "Reports", "<a href=\"" + Escape.html(self + ".md") + "\">Incident dossier (Markdown)</a>"
                + (issue.status() == ServiceHealthStatus.POST_INCIDENT_REVIEW_PUBLISHED
                        ? " · <a id=\"pir\" href=\"" + Escape.html(self + "/report") + "\">Post-incident review from Microsoft</a>"
                        : ""));
        html.append("</dl>\n");
        appendReopens(html, issue);
        appendPosts(html, issue);
        appendTimeline(html, issue);
        String title = issue.id() + " | " + issue.serviceName() + " | " + issue.title();
        return layout.page(title, "/api/v1" + Links.issue(issue.tenant(), issue.id()), html.toString());
    }

    private static void field(StringBuilder html, String name, String valueHtml) {
        html.append("<dt>").append(name).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    private void appendPosts(StringBuilder html, IssueDetail issue) {
        html.append("<section id=\"latest-post\">\n<h2>Latest message</h2>\n");
        if (issue.posts().isEmpty()) {
            html.append("<p>Microsoft has not posted about this issue.</p>\n</section>\n");
            return;
        }
        appendPost(html, issue.posts().get(0), true);
        html.append("</section>\n");
        if (issue.posts().size() > 1) {
            html.append("<section id=\"earlier-posts\">\n<h2>Earlier messages</h2>\n");
            for (IssuePost post : issue.posts().subList(1, issue.posts().size())) {
                appendPost(html, post, false);
            }
            html.append("</section>\n");
        }
    }

    private void appendPost(StringBuilder html, IssuePost post, boolean latest) {
        String original = "<div class=\"post" + (latest ? " latest" : "") + "\">" + postBody(post) + "</div>\n";
        html.append("<article>\n<h3>").append(Times.html(post.createdAt(), "")).append("</h3>\n")
                .append(translations.beside(original, post.content())).append("</article>\n");
    }

    /**
     * A plain-text post in Microsoft's template as its labelled sections; a post sent as HTML keeps
     * its sanitized markup (links, lists), which sections in plain text would lose.
     */
    private static String postBody(IssuePost post) {
        PostSections sections = PostSections.of(post.content());
        if (PostSections.isMarkup(post.content())
                || sections.sections().stream().noneMatch(section -> section.label() != PostLabel.TEXT)) {
            return PostHtml.clean(post.content());
        }
        // "Label: text" on a line of its own, as the admin center and the seed page show a post.
        StringBuilder html = new StringBuilder("<div class=\"sections\">");
        for (PostSection section : sections.sections()) {
            html.append("<p>");
            if (section.label() != PostLabel.TEXT) {
                html.append("<strong>").append(Escape.html(section.label().display())).append(":</strong> ");
            }
            html.append(Escape.html(section.text()).replace("\n", "<br>")).append("</p>");
        }
        return html.append("</div>").toString();
    }

    private void appendReopens(StringBuilder html, IssueDetail issue) {
        if (issue.reopens().isEmpty()) {
            return;
        }
        html.append("<section id=\"reopens\">\n<h2>Reopen chain</h2>\n<ul>\n");
        for (ReopenLink link : issue.reopens()) {
            html.append("<li>");
            switch (link.role()) {
                case REOPENED_AS -> html.append("Came back as ").append(issueLink(issue.tenant(), link.issueId()))
                        .append(" after it was resolved");
                case FOLLOW_UP_OF -> html.append("Continues ").append(issueLink(issue.tenant(), link.issueId()))
                        .append(", which had been resolved");
                case CAME_BACK -> html.append("Resolved, then unresolved again under the same id");
            }
            html.append(" (").append(link.kind().label()).append(", ").append(Times.html(link.at(), "")).append(")");
            appendEvidence(html, link);
            html.append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private static void appendEvidence(StringBuilder html, ReopenLink link) {
        Evidence evidence = link.evidence();
        if (evidence == null) {
            return;
        }
        String where = switch (evidence.source()) {
            case TITLE -> "its title";
            case USER_IMPACT -> "its user impact";
            case POST -> "its post of " + Times.html(evidence.postedAt(), "");
        };
        String which = link.role() == ReopenLink.Role.REOPENED_AS ? Escape.html(link.issueId()) : "This issue";
        html.append(": ").append(which).append(" names it in ").append(where)
                .append("<blockquote class=\"evidence\">").append(Escape.html(evidence.excerpt())).append("</blockquote>");
    }

    private String issueLink(String tenant, String id) {
        return "<a href=\"" + Escape.html(links.path(Links.issue(tenant, id))) + "\">" + Escape.html(id) + "</a>";
    }

    private static void appendTimeline(StringBuilder html, IssueDetail issue) {
        html.append("<section id=\"timeline\">\n<h2>Status timeline</h2>\n")
                .append("<table>\n<thead><tr><th>Seen at</th><th>What</th></tr></thead>\n<tbody>\n");
        for (TimelineEntry entry : issue.timeline()) {
            html.append("<tr><td>").append(Times.html(entry.at(), "")).append("</td><td>");
            switch (entry.kind()) {
                case FIRST_SEEN -> html.append("first seen, ").append(status(entry));
                case STATUS_CHANGED -> html.append(Escape.html(entry.from().wireName())).append(" → ").append(status(entry));
                case RESOLVED -> html.append("resolved");
                case REOPENED -> html.append("unresolved again (same_id reopen)");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p>Times are when the exporter's polls saw each change.</p>\n</section>\n");
    }

    private static String status(TimelineEntry entry) {
        return entry.to() == null ? "" : Escape.html(entry.to().wireName());
    }
}

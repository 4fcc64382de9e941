package io.github.m365health.web.pages;

import io.github.m365health.health.Classification;
import io.github.m365health.readmodel.IssueFilter;
import io.github.m365health.readmodel.IssuePage;
import io.github.m365health.readmodel.IssueRow;
import io.github.m365health.readmodel.IssueState;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** {@code /issues}: the seed page's columns, filters, counts and paging. */
final class IssueListView {

    private static final List<String> CLASSIFICATIONS = Arrays.stream(Classification.values())
            .filter(c -> c != Classification.UNKNOWN).map(Classification::wireName).toList();
    private static final List<String> STATES = Arrays.stream(IssueState.values()).map(IssueState::parameter).toList();

    private final Layout layout;
    private final Links links;
    private final List<String> tenants;
    private final Translations translations;

    IssueListView(Layout layout, Links links, List<String> tenants, Translations translations) {
        this.layout = layout;
        this.links = links;
        this.tenants = List.copyOf(tenants);
        this.translations = translations;
    }

    String render(IssuePage page, Instant now) {
        IssueFilter filter = page.filter();
        StringBuilder html = new StringBuilder(8192 + page.rows().size() * 700);
        html.append("<form class=\"filters\" method=\"get\" action=\"").append(Escape.html(links.path("/issues"))).append("\">\n")
                .append(Forms.select("Tenant", "tenant", tenants, filter.tenant()))
                .append(Forms.select("Service", "service_name", page.services(), filter.serviceName()))
                .append(Forms.select("Classification", "classification", CLASSIFICATIONS,
                        filter.classification() == null ? null : filter.classification().wireName()))
                .append(Forms.select("State", "state", STATES, filter.state() == IssueState.ALL ? null : filter.state().parameter()))
                .append(Forms.text("Search", "q", filter.text()))
                .append("<button type=\"submit\">Filter</button>\n</form>\n")
                .append("<p class=\"counts\">").append(page.matching()).append(page.matching() == 1 ? " issue" : " issues")
                .append(": ").append(page.open()).append(" open, ").append(page.ended()).append(" ended.</p>\n");
        html.append("<table class=\"issues\">\n<thead><tr><th>Status</th><th>Id</th><th>Tenant</th><th>Service</th>")
                .append("<th>Title</th><th>Classification</th><th>Start</th><th>End</th><th>Last update</th>")
                .append("<th>Duration</th></tr></thead>\n<tbody>\n");
        for (IssueRow row : page.rows()) {
            appendRow(html, row, now);
        }
        html.append("</tbody>\n</table>\n");
        int number = page.page().number();
        html.append(Forms.pager(links, "/issues", number, page.pageCount(),
                FilterQuery.of(filter, page.page(), number - 1), FilterQuery.of(filter, page.page(), number + 1)));
        return layout.page("Issues", "/api/v1/issues" + FilterQuery.of(filter, page.page(), number), html.toString());
    }

    private void appendRow(StringBuilder html, IssueRow row, Instant now) {
        html.append("<tr><td").append(row.open() ? " class=\"open\"" : "").append('>')
                .append(Escape.html(row.status().wireName())).append("</td><td><a href=\"")
                .append(Escape.html(links.path(Links.issue(row.tenant(), row.id())))).append("\">")
                .append(Escape.html(row.id())).append("</a></td><td>").append(Escape.html(row.tenant()))
                .append("</td><td>").append(Escape.html(row.serviceName()))
                .append("</td><td>").append(translations.titleCell(row.title()))
                .append("</td><td>").append(Escape.html(row.classification().wireName()))
                .append("</td><td>").append(Times.html(row.start(), ""))
                .append("</td><td>").append(end(row))
                .append("</td><td>").append(Times.html(row.lastUpdate(), ""))
                .append("</td><td>").append(Times.duration(row.duration(now))).append("</td></tr>\n");
    }

    /** Graph's end; for an issue Graph stopped listing unresolved, when it vanished; else "open". */
    private static String end(IssueRow row) {
        if (row.end() != null || row.resolved()) {
            return Times.html(row.end(), "");
        }
        return row.vanishedAt() == null ? "open" : Times.html(row.vanishedAt(), "") + " (vanished)";
    }
}

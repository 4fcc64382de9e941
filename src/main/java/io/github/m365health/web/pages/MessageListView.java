package io.github.m365health.web.pages;

import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.readmodel.MessageFilter;
import io.github.m365health.readmodel.MessagePage;
import io.github.m365health.readmodel.MessageRow;
import io.github.m365health.readmodel.MessageState;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** {@code /messages}: Message Center posts with their deadlines, filters, counts and paging. */
final class MessageListView {

    private static final List<String> CATEGORIES = Arrays.stream(MessageCategory.values())
            .filter(c -> c != MessageCategory.UNKNOWN).map(MessageCategory::wireName).toList();
    private static final List<String> SEVERITIES = Arrays.stream(MessageSeverity.values())
            .filter(s -> s != MessageSeverity.UNKNOWN).map(MessageSeverity::wireName).toList();
    private static final List<String> STATES = Arrays.stream(MessageState.values()).map(MessageState::parameter).toList();

    private final Layout layout;
    private final Links links;
    private final List<String> tenants;
    private final Translations translations;

    MessageListView(Layout layout, Links links, List<String> tenants, Translations translations) {
        this.layout = layout;
        this.links = links;
        this.tenants = List.copyOf(tenants);
        this.translations = translations;
    }

    String render(MessagePage page, Instant now) {
        MessageFilter filter = page.filter();
        StringBuilder html = new StringBuilder(8192 + page.rows().size() * 600);
        html.append("<form class=\"filters\" method=\"get\" action=\"").append(Escape.html(links.path("/messages"))).append("\">\n")
                .append(Forms.select("Tenant", "tenant", tenants, filter.tenant()))
                .append(Forms.select("Service", "service_name", page.services(), filter.serviceName()))
                .append(Forms.select("Category", "category", CATEGORIES,
                        filter.category() == null ? null : filter.category().wireName()))
                .append(Forms.select("Severity", "severity", SEVERITIES,
                        filter.severity() == null ? null : filter.severity().wireName()))
                .append(Forms.select("State", "state", STATES,
                        filter.state() == MessageState.ALL ? null : filter.state().parameter()))
                .append(Forms.text("Search", "q", filter.text()))
                .append("<button type=\"submit\">Filter</button>\n</form>\n")
                .append("<p class=\"counts\">").append(page.matching()).append(page.matching() == 1 ? " post" : " posts")
                .append(": ").append(page.active()).append(" active.</p>\n")
                .append("<table class=\"messages\">\n<thead><tr><th>Id</th><th>Tenant</th><th>Title</th><th>Services</th>")
                .append("<th>Category</th><th>Severity</th><th>Major change</th><th>Act by</th><th>Time left</th>")
                .append("<th>Last update</th></tr></thead>\n<tbody>\n");
        for (MessageRow row : page.rows()) {
            html.append("<tr><td><a href=\"").append(Escape.html(links.path(Links.message(row.tenant(), row.id()))))
                    .append("\">").append(Escape.html(row.id())).append("</a></td><td>").append(Escape.html(row.tenant()))
                    .append("</td><td>").append(translations.titleCell(row.title()))
                    .append("</td><td>").append(Escape.html(String.join(", ", row.services())))
                    .append("</td><td>").append(Escape.html(row.category().wireName()))
                    .append("</td><td>").append(Escape.html(row.severity().wireName()))
                    .append("</td><td>").append(row.majorChange() ? "yes" : "no")
                    .append("</td><td>").append(Times.html(row.actionRequiredBy(), ""))
                    .append("</td><td>").append(row.actionRequiredBy() == null ? ""
                            : timeLeft(Duration.between(now, row.actionRequiredBy())))
                    .append("</td><td>").append(Times.html(row.lastUpdate(), "")).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        int number = page.page().number();
        html.append(Forms.pager(links, "/messages", number, page.pageCount(),
                FilterQuery.of(filter, page.page(), number - 1), FilterQuery.of(filter, page.page(), number + 1)));
        return layout.page("Message Center", "/api/v1/messages" + FilterQuery.of(filter, page.page(), number),
                html.toString());
    }

    static String timeLeft(Duration left) {
        return left.isNegative() ? "passed " + Times.duration(left.negated()) + " ago" : Times.duration(left);
    }
}

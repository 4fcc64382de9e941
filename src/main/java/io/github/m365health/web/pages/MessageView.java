package io.github.m365health.web.pages;

import io.github.m365health.health.Message;
import io.github.m365health.health.MessageChange;
import io.github.m365health.readmodel.MessageDetail;
import java.time.Instant;

/** {@code /messages/{tenant}/{id}}: one Message Center post with its body, deadline and time left. */
final class MessageView {

    private final Layout layout;
    private final Translations translations;

    MessageView(Layout layout, Translations translations) {
        this.layout = layout;
        this.translations = translations;
    }

    String render(MessageDetail detail, Instant now) {
        Message message = detail.message();
        StringBuilder html = new StringBuilder(8192);
        html.append("<dl class=\"fields\">\n");
        html.append(translations.titleField(message.title()));
        field(html, "Act by", message.actionRequiredBy() == null ? "no action required"
                : "<span id=\"deadline\">" + Times.html(message.actionRequiredBy(), "") + "</span>, time left <span id=\"time-left\">"
                + MessageListView.timeLeft(detail.timeLeft(now)) + "</span>");
        field(html, "Services", Escape.html(message.services().isEmpty() ? "none named" : String.join(", ", message.services())));
        field(html, "Tags", Escape.html(String.join(", ", message.tags())));
        field(html, "Category", Escape.html(message.category().wireName()));
        field(html, "Severity", Escape.html(message.severity().wireName()));
        field(html, "Major change", message.majorChange() ? "yes" : "no");
        field(html, "Tenant", Escape.html(detail.tenant()));
        field(html, "Start", Times.html(message.start(), ""));
        field(html, "End", Times.html(message.end(), "none"));
        field(html, "Last updated", Times.html(message.lastModified(), ""));
        field(html, "Admin center", "<a rel=\"noopener noreferrer\" href=\"" + Escape.html(detail.adminCenter().toString())
                + "\">Open " + Escape.html(message.id()) + " in the Microsoft 365 admin center</a>");
        html.append("</dl>\n<section id=\"body\">\n<h2>Message</h2>\n")
                .append(translations.beside("<div class=\"post latest\">" + PostHtml.clean(message.body()) + "</div>\n",
                        message.body()))
                .append("</section>\n");
        if (!detail.changes().isEmpty()) {
            html.append("<section id=\"changes\">\n<h2>Changes</h2>\n<table>\n<thead><tr><th>Seen at</th><th>Field</th>")
                    .append("<th>From</th><th>To</th></tr></thead>\n<tbody>\n");
            for (MessageChange change : detail.changes()) {
                html.append("<tr><td>").append(Times.html(change.at(), "")).append("</td><td>")
                        .append(Escape.html(change.field().wireName())).append("</td><td>")
                        .append(Escape.html(change.from())).append("</td><td>").append(Escape.html(change.to()))
                        .append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n</section>\n");
        }
        return layout.page(message.id() + " | " + message.title(),
                "/api/v1" + Links.message(detail.tenant(), message.id()), html.toString());
    }

    private static void field(StringBuilder html, String name, String valueHtml) {
        html.append("<dt>").append(name).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }
}

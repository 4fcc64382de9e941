package io.github.m365health.web.pages;

import io.github.m365health.readmodel.IssueFilter;
import io.github.m365health.readmodel.IssueState;
import io.github.m365health.readmodel.MessageFilter;
import io.github.m365health.readmodel.MessageState;
import io.github.m365health.readmodel.PageRequest;
import java.util.ArrayList;
import java.util.List;

/** The query string that asks for a filter and page again: for paging links and the JSON link. */
final class FilterQuery {

    private final List<String> pairs = new ArrayList<>();

    static String of(IssueFilter filter, PageRequest page, int number) {
        return new FilterQuery()
                .add("tenant", filter.tenant())
                .add("service_name", filter.serviceName())
                .add("classification", filter.classification() == null ? null : filter.classification().wireName())
                .add("state", filter.state() == IssueState.ALL ? null : filter.state().parameter())
                .add("q", filter.text())
                .paging(page, number)
                .text();
    }

    static String of(MessageFilter filter, PageRequest page, int number) {
        return new FilterQuery()
                .add("tenant", filter.tenant())
                .add("service_name", filter.serviceName())
                .add("category", filter.category() == null ? null : filter.category().wireName())
                .add("severity", filter.severity() == null ? null : filter.severity().wireName())
                .add("state", filter.state() == MessageState.ALL ? null : filter.state().parameter())
                .add("q", filter.text())
                .paging(page, number)
                .text();
    }

    private FilterQuery paging(PageRequest page, int number) {
        add("page", number == 1 ? null : Integer.toString(number));
        return add("per_page", page.size() == PageRequest.DEFAULT_SIZE ? null : Integer.toString(page.size()));
    }

    private FilterQuery add(String name, String value) {
        if (value != null) {
            pairs.add(name + "=" + Escape.url(value));
        }
        return this;
    }

    /** "?a=b&c=d", or "" when nothing is asked for. */
    private String text() {
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }
}

package io.github.m365health.readmodel;

import java.util.List;

/**
 * One page of the Message Center list.
 *
 * @param matching rows matching the filter, on every page
 * @param active   of those, the ones active at the time asked for
 * @param services every service name some stored post names, for the filter's choices
 */
public record MessagePage(MessageFilter filter, PageRequest page, List<MessageRow> rows, long matching, long active,
                          List<String> services) {

    public MessagePage {
        rows = List.copyOf(rows);
        services = List.copyOf(services);
    }

    public int pageCount() {
        return page.pageCount(matching);
    }
}

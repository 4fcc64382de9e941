package io.github.m365health.readmodel;

import java.util.List;

/**
 * One page of the issue list.
 *
 * @param matching rows matching the filter, on every page
 * @param open     of those, the unresolved ones
 * @param services every service name that has issues in the store, for the filter's choices
 */
public record IssuePage(IssueFilter filter, PageRequest page, List<IssueRow> rows, long matching, long open,
                        List<String> services) {

    public IssuePage {
        rows = List.copyOf(rows);
        services = List.copyOf(services);
    }

    public long ended() {
        return matching - open;
    }

    public int pageCount() {
        return page.pageCount(matching);
    }
}

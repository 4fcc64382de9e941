package io.github.m365health.readmodel;

import io.github.m365health.health.Classification;
import java.util.Objects;

/**
 * Which issues a list shows. A null field does not filter.
 *
 * @param serviceName Graph's service display name, exactly ("Exchange Online")
 * @param text        case-insensitive substring of the id, the title or the user impact text
 */
public record IssueFilter(String tenant, String serviceName, Classification classification, IssueState state,
                          String text) {

    public static final IssueFilter ALL = new IssueFilter(null, null, null, IssueState.ALL, null);

    public IssueFilter {
        Objects.requireNonNull(state, "state");
        tenant = blankToNull(tenant);
        serviceName = blankToNull(serviceName);
        text = blankToNull(text);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

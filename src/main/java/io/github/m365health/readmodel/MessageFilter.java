package io.github.m365health.readmodel;

import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageSeverity;
import java.util.Objects;

/**
 * Which Message Center posts a list shows. A null field does not filter.
 *
 * @param serviceName one of the services the post names, exactly
 * @param text        case-insensitive substring of the id, the title or the body
 */
public record MessageFilter(String tenant, String serviceName, MessageCategory category, MessageSeverity severity,
                            MessageState state, String text) {

    public static final MessageFilter ALL = new MessageFilter(null, null, null, null, MessageState.ALL, null);

    public MessageFilter {
        Objects.requireNonNull(state, "state");
        tenant = IssueFilter.blankToNull(tenant);
        serviceName = IssueFilter.blankToNull(serviceName);
        text = IssueFilter.blankToNull(text);
    }
}

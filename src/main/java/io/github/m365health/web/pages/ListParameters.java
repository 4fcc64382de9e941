package io.github.m365health.web.pages;

import io.github.m365health.health.Classification;
import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.health.WireEnum;
import io.github.m365health.readmodel.IssueFilter;
import io.github.m365health.readmodel.IssueState;
import io.github.m365health.readmodel.MessageFilter;
import io.github.m365health.readmodel.MessageState;
import io.github.m365health.readmodel.PageRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads and checks the filters and paging of the list paths; every mistake is a {@link BadRequest}. */
final class ListParameters {

    static final Set<String> ISSUE_PARAMETERS = Set.of("tenant", "service_name", "classification", "state", "q",
            "page", "per_page");
    static final Set<String> MESSAGE_PARAMETERS = Set.of("tenant", "service_name", "category", "severity", "state", "q",
            "page", "per_page");

    /** Graph's ids are a service prefix and a serial (EX1215307, MC172851); this allows more, but nothing odd. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    private static final int MAX_TEXT = 200;

    private final List<String> tenants;

    ListParameters(List<String> tenants) {
        this.tenants = List.copyOf(tenants);
    }

    IssueFilter issueFilter(Query query) throws BadRequest {
        String state = query.get("state");
        try {
            return new IssueFilter(tenant(query.get("tenant")), query.get("service_name"),
                    classification(query.get("classification")),
                    state == null ? IssueState.ALL : IssueState.parse(state), text(query.get("q")));
        } catch (IllegalArgumentException e) {
            throw BadRequest.invalid(e.getMessage());
        }
    }

    MessageFilter messageFilter(Query query) throws BadRequest {
        String state = query.get("state");
        try {
            return new MessageFilter(tenant(query.get("tenant")), query.get("service_name"),
                    known("category", query.get("category"), MessageCategory.class, MessageCategory.UNKNOWN),
                    known("severity", query.get("severity"), MessageSeverity.class, MessageSeverity.UNKNOWN),
                    state == null ? MessageState.ALL : MessageState.parse(state), text(query.get("q")));
        } catch (IllegalArgumentException e) {
            throw BadRequest.invalid(e.getMessage());
        }
    }

    static PageRequest page(Query query) throws BadRequest {
        int number = number(query, "page", 1);
        int size = number(query, "per_page", PageRequest.DEFAULT_SIZE);
        try {
            return new PageRequest(number, size);
        } catch (IllegalArgumentException e) {
            throw BadRequest.invalid(e.getMessage());
        }
    }

    /** A page past the last one (when there is anything to page through) does not exist. */
    static void checkInRange(PageRequest page, long matching) throws BadRequest {
        int pages = page.pageCount(matching);
        if (page.number() > pages) {
            throw BadRequest.notFound("page " + page.number() + " does not exist: the list has " + pages
                    + (pages == 1 ? " page" : " pages") + " of " + page.size());
        }
    }

    /** @throws BadRequest 404 when the tenant is not configured */
    String tenant(String name) throws BadRequest {
        if (name != null && !tenants.contains(name)) {
            throw BadRequest.notFound("unknown tenant \"" + name + "\"; configured tenants: "
                    + (tenants.isEmpty() ? "none" : String.join(", ", tenants)));
        }
        return name;
    }

    static String id(String id) throws BadRequest {
        if (!ID.matcher(id).matches()) {
            throw BadRequest.invalid("malformed id \"" + id + "\": ids are letters and digits, such as EX1215307 or MC172851");
        }
        return id;
    }

    private static Classification classification(String value) throws BadRequest {
        return known("classification", value, Classification.class, Classification.UNKNOWN);
    }

    private static <E extends Enum<E> & WireEnum> E known(String name, String value, Class<E> type, E unknown)
            throws BadRequest {
        if (value == null) {
            return null;
        }
        E parsed = WireEnum.parse(type, value, unknown);
        if (parsed == unknown && !unknown.wireName().equals(value)) {
            throw BadRequest.invalid(name + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(WireEnum::wireName).collect(Collectors.joining(", ")) + "; got \"" + value + "\"");
        }
        return parsed;
    }

    private static String text(String value) throws BadRequest {
        if (value != null && value.length() > MAX_TEXT) {
            throw BadRequest.invalid("q is longer than " + MAX_TEXT + " characters");
        }
        return value;
    }

    private static int number(Query query, String name, int fallback) throws BadRequest {
        String value = query.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw BadRequest.invalid(name + " must be a whole number, got \"" + value + "\"");
        }
    }
}

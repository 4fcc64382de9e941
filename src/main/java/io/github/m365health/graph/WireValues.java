package io.github.m365health.graph;

import io.github.m365health.health.Classification;
import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.health.Origin;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.log.Log;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Graph's enum strings, read case-insensitively (the docs print PascalCase, the wire carries
 * camelCase). A value this code does not know becomes {@code unknown} and is logged once per
 * type and value, so that a new Graph value is noticed without a warning on every poll.
 */
final class WireValues {

    private static final Log LOG = Log.of(WireValues.class);

    /** postType has no domain enum: IssuePost keeps it as text. */
    private static final Set<String> POST_TYPES = Set.of("regular", "quick", "strategic");

    /** Bounds the memory a server inventing ever new values could take. */
    private static final int MAX_REPORTED = 1000;

    private final String tenant;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    WireValues(String tenant) {
        this.tenant = tenant;
    }

    ServiceHealthStatus status(String raw) {
        return known("serviceHealthStatus", raw, ServiceHealthStatus::parse, ServiceHealthStatus.UNKNOWN);
    }

    Classification classification(String raw) {
        return known("serviceHealthClassificationType", raw, Classification::parse, Classification.UNKNOWN);
    }

    Origin origin(String raw) {
        return known("serviceHealthOrigin", raw, Origin::parse, Origin.UNKNOWN);
    }

    MessageCategory category(String raw) {
        return known("serviceUpdateCategory", raw, MessageCategory::parse, MessageCategory.UNKNOWN);
    }

    MessageSeverity severity(String raw) {
        return known("serviceUpdateSeverity", raw, MessageSeverity::parse, MessageSeverity.UNKNOWN);
    }

    /** Nullable in the schema: a missing postType is simply {@code unknown}, not news worth a warning. */
    String postType(String raw) {
        if (raw == null) {
            return "unknown";
        }
        String lower = raw.strip().toLowerCase(Locale.ROOT);
        return known("postType", raw, value -> POST_TYPES.contains(lower) ? lower : "unknown", "unknown");
    }

    private <T> T known(String type, String raw, Function<String, T> parse, T unknown) {
        T value = parse.apply(raw);
        if (value.equals(unknown) && reported.size() < MAX_REPORTED && reported.add(type + "\u0000" + raw)) {
            LOG.warn("unknown Graph enum value, counted as unknown", "tenant", tenant, "type", type,
                    "value", raw == null ? "(missing)" : raw);
        }
        return value;
    }
}

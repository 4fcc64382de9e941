package io.github.m365health.metrics;

import io.github.m365health.config.MessageSeries;
import io.github.m365health.config.TenantShard;
import io.github.m365health.health.Listing;
import io.github.m365health.health.IssueTotals;
import io.github.m365health.health.Message;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.TrackedIssue;
import io.github.m365health.health.EndpointStatus;
import io.github.m365health.health.TenantState;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rendering tenant states the way a text-format scrape receives them, for the metric tests. */
final class Scrapes {

    static final BuildInfo BUILD = new BuildInfo("1.2.3", "abc1234", "17.0.15");

    private Scrapes() {
    }

    static Exposition render(List<TenantState> states) {
        return Exposition.parse(text(new ExporterMetrics(() -> states, BUILD)));
    }

    static Exposition render(List<TenantState> states, MessageSeries messages) {
        return Exposition.parse(text(new ExporterMetrics(() -> states, BUILD, TenantShard.ALL, messages)));
    }

    static String text(ExporterMetrics metrics) {
        StringWriter out = new StringWriter();
        try {
            TextExposition.write(metrics, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A tenant whose three listings all succeeded at 2026-04-03T12:00Z, with no services or history. */
    static TenantState state(String tenant, List<TrackedIssue> issues, List<Message> messages) {
        return state(tenant, Instant.parse("2026-04-03T12:00:00Z"), issues, messages);
    }

    static TenantState state(String tenant, Instant at, List<TrackedIssue> issues, List<Message> messages) {
        TenantSnapshot snapshot = new TenantSnapshot(tenant, at, List.of(), issues, IssueTotals.EMPTY, messages, Map.of());
        EndpointStatus ok = new EndpointStatus(true, at, Duration.ofMillis(100));
        return new TenantState(tenant, snapshot, Map.of(Listing.HEALTH_OVERVIEWS, ok,
                Listing.ISSUES, ok, Listing.MESSAGES, ok), "");
    }

    static Map<String, String> with(Map<String, String> labels, String name, String value) {
        Map<String, String> out = new HashMap<>(labels);
        out.put(name, value);
        return out;
    }
}

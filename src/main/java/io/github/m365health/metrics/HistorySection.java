package io.github.m365health.metrics;

import static io.github.m365health.metrics.MetricFamilies.ISSUES_SEEN;
import static io.github.m365health.metrics.MetricFamilies.ISSUES_REOPENED;
import static io.github.m365health.metrics.MetricFamilies.ISSUES_VANISHED;
import static io.github.m365health.metrics.MetricFamilies.MESSAGES_SEEN;
import static io.github.m365health.metrics.MetricFamilies.RESOLUTION_DURATION;
import static io.github.m365health.metrics.MetricFamilies.SERVICE_IMPACT;

import io.github.m365health.health.Classification;
import io.github.m365health.health.DurationHistogram;
import io.github.m365health.health.IssueTotals;
import io.github.m365health.health.MessageKey;
import io.github.m365health.health.ReopenKey;
import io.github.m365health.health.ReopenKind;
import io.github.m365health.health.ServiceKey;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.TenantState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The counters and the histogram. They are computed from the stored history by the store, so
 * they survive restarts; this only exposes them.
 *
 * <p>Every known service starts its issue counters at 0 for both classifications (and both reopen
 * kinds): {@code increase()} cannot see the first increment of a series that appears already at
 * 1, so a service's first incident would otherwise be missing from the 30-day SLA rules.
 */
final class HistorySection implements TenantSection {

    private static final List<Classification> CLASSIFICATIONS = List.of(Classification.INCIDENT, Classification.ADVISORY);

    @Override
    public void render(TenantState state, Families into) {
        String tenant = state.tenant();
        IssueTotals totals = state.snapshot().issueTotals();
        for (String service : knownServices(state.snapshot(), totals)) {
            for (Classification classification : CLASSIFICATIONS) {
                into.get(ISSUES_SEEN).add(0, tenant, service, classification.wireName());
                into.get(SERVICE_IMPACT).add(0, tenant, service, classification.wireName());
                into.get(ISSUES_VANISHED).add(0, tenant, service, classification.wireName());
                for (ReopenKind kind : ReopenKind.values()) {
                    into.get(ISSUES_REOPENED).add(0, tenant, service, classification.wireName(), kind.label());
                }
            }
        }
        for (Map.Entry<ServiceKey, Long> seen : totals.seen().entrySet()) {
            ServiceKey key = seen.getKey();
            into.get(ISSUES_SEEN).set(seen.getValue(), tenant, key.serviceName(), key.classification().wireName());
        }
        for (Map.Entry<ServiceKey, Long> vanished : totals.vanished().entrySet()) {
            ServiceKey key = vanished.getKey();
            into.get(ISSUES_VANISHED).set(vanished.getValue(), tenant, key.serviceName(), key.classification().wireName());
        }
        for (Map.Entry<ReopenKey, Long> reopens : totals.reopens().entrySet()) {
            ReopenKey key = reopens.getKey();
            into.get(ISSUES_REOPENED).set(reopens.getValue(), tenant, key.serviceName(),
                    key.classification().wireName(), key.kind().label());
        }
        for (Map.Entry<ServiceKey, DurationHistogram> durations : totals.resolutionDurations().entrySet()) {
            ServiceKey key = durations.getKey();
            into.get(RESOLUTION_DURATION).histogram(durations.getValue(), tenant, key.serviceName(),
                    key.classification().wireName());
        }
        for (Map.Entry<ServiceKey, Double> impact : totals.impactSeconds().entrySet()) {
            ServiceKey key = impact.getKey();
            into.get(SERVICE_IMPACT).set(impact.getValue(), tenant, key.serviceName(), key.classification().wireName());
        }
        for (Map.Entry<MessageKey, Long> seen : state.snapshot().messagesSeen().entrySet()) {
            MessageKey key = seen.getKey();
            into.get(MESSAGES_SEEN).set(seen.getValue(), tenant, key.category().wireName(), key.severity().wireName());
        }
    }

    private static Set<String> knownServices(TenantSnapshot snapshot, IssueTotals totals) {
        Set<String> services = new TreeSet<>();
        snapshot.services().forEach(service -> services.add(service.serviceName()));
        snapshot.issues().forEach(tracked -> services.add(tracked.issue().serviceName()));
        totals.seen().keySet().forEach(key -> services.add(key.serviceName()));
        return services;
    }
}

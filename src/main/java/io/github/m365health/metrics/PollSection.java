package io.github.m365health.metrics;

import static io.github.m365health.metrics.MetricFamilies.POLL_DURATION;
import static io.github.m365health.metrics.MetricFamilies.POLL_LAST_SUCCESS;
import static io.github.m365health.metrics.MetricFamilies.UP;

import io.github.m365health.health.EndpointStatus;
import io.github.m365health.health.Listing;
import io.github.m365health.health.TenantState;
import java.util.Map;

/** How the polls of a tenant went: {@code m365_up} and the per-listing poll figures. */
final class PollSection implements TenantSection {

    @Override
    public void render(TenantState state, Families into) {
        String tenant = state.tenant();
        into.get(UP).set(state.up() ? 1 : 0, tenant);
        for (Map.Entry<Listing, EndpointStatus> entry : state.endpoints().entrySet()) {
            String endpoint = entry.getKey().label();
            EndpointStatus status = entry.getValue();
            if (status.lastSuccess() != null) {
                into.get(POLL_LAST_SUCCESS).set(TenantSection.seconds(status.lastSuccess()), tenant, endpoint);
            }
            if (status.lastDuration() != null) {
                into.get(POLL_DURATION).set(TenantSection.seconds(status.lastDuration()), tenant, endpoint);
            }
        }
    }
}

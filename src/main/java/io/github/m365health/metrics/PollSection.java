package io.github.m365health.metrics;

import static io.github.m365health.metrics.MetricFamilies.POLL_DURATION;
import static io.github.m365health.metrics.MetricFamilies.POLL_LAST_SUCCESS;
import static io.github.m365health.metrics.MetricFamilies.UP;

import io.github.m365health.graph.GraphEndpoint;
import io.github.m365health.poll.EndpointStatus;
import io.github.m365health.poll.TenantState;
import java.util.Map;

/** How the polls of a tenant went: {@code m365_up} and the per-listing poll figures. */
final class PollSection implements TenantSection {

    @Override
    public void render(TenantState state, Families into) {
        String tenant = state.tenant();
        into.get(UP).set(state.up() ? 1 : 0, tenant);
        for (Map.Entry<GraphEndpoint, EndpointStatus> entry : state.endpoints().entrySet()) {
            if (entry.getKey() == GraphEndpoint.TOKEN) {
                // The token endpoint is not a listing; its calls show in m365_graph_requests_total.
                continue;
            }
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

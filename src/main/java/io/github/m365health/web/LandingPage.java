package io.github.m365health.web;

import io.github.m365health.config.TenantShard;
import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.health.EndpointStatus;
import io.github.m365health.health.Listing;
import io.github.m365health.health.TenantState;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The page at {@code /}: what runs, how each tenant's polls went, and where to go next. */
final class LandingPage {

    static final String EXPORTER_NAME = "m365-health-exporter";

    private final BuildInfo buildInfo;
    private final TenantShard shard;
    private final String telemetryPath;

    LandingPage(BuildInfo buildInfo, String telemetryPath) {
        this(buildInfo, TenantShard.ALL, telemetryPath);
    }

    LandingPage(BuildInfo buildInfo, TenantShard shard, String telemetryPath) {
        this.buildInfo = buildInfo;
        this.shard = shard;
        this.telemetryPath = telemetryPath;
    }

    String render(List<TenantState> tenants) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(EXPORTER_NAME).append("</title>\n</head>\n<body>\n<h1>").append(EXPORTER_NAME).append("</h1>\n")
                .append("<p>Prometheus exporter for Microsoft 365 service health and Message Center.")
                .append(" Version ").append(Html.escape(buildInfo.version()))
                .append(" (revision ").append(Html.escape(buildInfo.revision())).append(").</p>\n")
                .append(shardLine())
                .append("<ul>\n<li><a href=\"issues\">Issues</a>: what Microsoft says about each incident and advisory</li>\n")
                .append("<li><a href=\"messages\">Message Center</a>: planned changes and their deadlines</li>\n")
                .append("<li><a href=\"reports/sla\">SLA report</a>: each service's availability per month, from the history</li>\n")
                .append("<li><a href=\"").append(Html.escape(telemetryPath)).append("\">Metrics</a></li>\n")
                .append("<li><a href=\"/-/healthy\">Health</a></li>\n")
                .append("<li><a href=\"/-/ready\">Readiness</a></li>\n</ul>\n<h2>Tenants</h2>\n");
        if (tenants.isEmpty()) {
            html.append("<p>No tenants configured.</p>\n");
        }
        for (TenantState tenant : tenants) {
            appendTenant(html, tenant);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /**
     * Only a sharded exporter says which replica it is: its page lists only its own share of the
     * tenants, and a reader looking for one of the others needs to know to look elsewhere.
     */
    private String shardLine() {
        if (shard.count() == 1) {
            return "";
        }
        return "<p>Shard " + shard.index() + " of " + shard.count() + " (--tenants.shard=" + shard
                + "): this replica polls only its share of the configured tenants; the others are on the"
                + " other replicas' pages.</p>\n";
    }

    private static void appendTenant(StringBuilder html, TenantState tenant) {
        html.append("<h3>").append(Html.escape(tenant.tenant())).append("</h3>\n")
                .append("<table>\n<tr><th>Listing</th><th>Last poll</th><th>Last success</th><th>Duration</th></tr>\n");
        for (Listing listing : Listing.ALL) {
            EndpointStatus status = tenant.endpoints().get(listing);
            html.append("<tr><td>").append(listing.label()).append("</td><td>").append(result(status))
                    .append("</td><td>").append(lastSuccess(status))
                    .append("</td><td>").append(duration(status)).append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (!tenant.lastError().isEmpty()) {
            html.append("<p>Last error: <code>").append(Html.escape(tenant.lastError())).append("</code></p>\n");
        }
    }

    private static String result(EndpointStatus status) {
        if (status == null) {
            return "not polled yet";
        }
        return status.lastSucceeded() ? "ok" : "failed";
    }

    private static String lastSuccess(EndpointStatus status) {
        return status == null || status.lastSuccess() == null ? "never" : status.lastSuccess().toString();
    }

    private static String duration(EndpointStatus status) {
        if (status == null || status.lastDuration() == null) {
            return "";
        }
        Duration d = status.lastDuration();
        return String.format(Locale.ROOT, "%.3f s", d.toNanos() / 1e9);
    }
}

package io.github.m365health.metrics;

import static io.github.m365health.metrics.MetricFamilies.ISSUES_OPEN;
import static io.github.m365health.metrics.MetricFamilies.ISSUE_INFO;
import static io.github.m365health.metrics.MetricFamilies.ISSUE_LAST_UPDATE;
import static io.github.m365health.metrics.MetricFamilies.ISSUE_NEXT_UPDATE;
import static io.github.m365health.metrics.MetricFamilies.ISSUE_OPEN;
import static io.github.m365health.metrics.MetricFamilies.ISSUE_REOPENS;
import static io.github.m365health.metrics.MetricFamilies.ISSUE_START;
import static io.github.m365health.metrics.MetricFamilies.ISSUE_STATUS;
import static io.github.m365health.metrics.MetricFamilies.SERVICE_STATUS;

import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.TrackedIssue;
import io.github.m365health.health.TenantState;

/**
 * Service statuses, open-issue counts and the per-issue series of the retained issues.
 *
 * <p>An ended issue keeps only {@code m365_issue_open} (at 0) for the resolved-issue retention:
 * that is what alerts resolve on and dashboards count. Its title, status and timestamps are read
 * on /issues and /api/v1/issues; as series they were most of a tenant's issue series (an MSP
 * tenant carries ten ended issues for each open one) and no alert or panel used them.
 */
final class IssueSection implements TenantSection {

    @Override
    public void render(TenantState state, Families into) {
        String tenant = state.tenant();
        TenantSnapshot snapshot = state.snapshot();
        Family openCounts = into.get(ISSUES_OPEN);
        for (ServiceHealth service : snapshot.services()) {
            into.get(SERVICE_STATUS).set(1, tenant, service.id(), service.serviceName(), service.status().wireName());
            zeroFill(openCounts, tenant, service.serviceName());
        }
        for (TrackedIssue tracked : snapshot.issues()) {
            Issue issue = tracked.issue();
            // A service can have issues without a health overview entry (filtered out, renamed):
            // it is still a known service and gets its zeros.
            zeroFill(openCounts, tenant, issue.serviceName());
            if (tracked.open()) {
                openCounts.add(1, tenant, issue.serviceName(), issue.classification().wireName());
            }
            renderIssue(tenant, tracked, into);
        }
    }

    /** Absent series break alerts and sums, so every known service shows 0 for both classifications. */
    private static void zeroFill(Family openCounts, String tenant, String serviceName) {
        openCounts.add(0, tenant, serviceName, Classification.INCIDENT.wireName());
        openCounts.add(0, tenant, serviceName, Classification.ADVISORY.wireName());
    }

    private static void renderIssue(String tenant, TrackedIssue tracked, Families into) {
        Issue issue = tracked.issue();
        String id = issue.id();
        String classification = issue.classification().wireName();
        into.get(ISSUE_OPEN).set(tracked.open() ? 1 : 0, tenant, id, issue.serviceName(), classification);
        if (!tracked.open()) {
            return;
        }
        into.get(ISSUE_INFO).set(1, tenant, id, issue.serviceName(), classification, issue.origin().wireName(),
                issue.featureGroup(), issue.feature(), issue.title());
        into.get(ISSUE_STATUS).set(1, tenant, id, issue.status().wireName());
        into.get(ISSUE_START).set(TenantSection.seconds(issue.start()), tenant, id);
        into.get(ISSUE_LAST_UPDATE).set(TenantSection.seconds(issue.lastModified()), tenant, id);
        if (tracked.open() && tracked.nextUpdateBy() != null) {
            into.get(ISSUE_NEXT_UPDATE).set(TenantSection.seconds(tracked.nextUpdateBy()), tenant, id);
        }
        into.get(ISSUE_REOPENS).set(tracked.reopens(), tenant, id);
    }
}

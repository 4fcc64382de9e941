package io.github.m365health.bench;

import io.github.m365health.health.Listing;
import io.github.m365health.health.Classification;
import io.github.m365health.health.DurationHistogram;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssuePost;
import io.github.m365health.health.IssueTotals;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageKey;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.health.Origin;
import io.github.m365health.health.ReopenKey;
import io.github.m365health.health.ReopenKind;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.health.ServiceKey;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.TrackedIssue;
import io.github.m365health.health.EndpointStatus;
import io.github.m365health.health.TenantState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Large, deterministic tenant states for the render benchmark: per tenant 40 services, 300 issues
 * (30 open, 270 ended within the last 7 days, each with {@code postsPerIssue} posts of about 600
 * characters), 500 active Message Center posts naming one to three services, and history totals
 * for every service and classification. Every string is built per tenant, as parsing each
 * tenant's JSON would, so nothing is shared between tenants.
 */
public final class LargeTenantStates {

    public static final int SERVICES = 40;
    public static final int ISSUES = 300;
    public static final int OPEN_ISSUES = 30;
    public static final int MESSAGES = 500;
    /**
     * One post in this many carries an action-required-by date. An assumption, not a measurement:
     * most Message Center posts inform; each actionable post costs two series (info, deadline).
     */
    public static final int ACTION_REQUIRED_EVERY = 10;
    private static final Instant NOW = Instant.parse("2026-04-03T12:00:00Z");
    private static final String POST_TEXT = "Current status: We've identified a recent configuration change that is"
            + " causing impact and we're reverting it across the affected infrastructure. User impact: Users may"
            + " be intermittently unable to access their mailboxes in some connection methods. Scope of impact:"
            + " Some users attempting to connect through the affected service may be impacted. Root cause: A recent"
            + " service update contained a code issue that caused the impact. Next update by: Friday, April 3, 2026,"
            + " at 6:00 PM UTC. ";

    private LargeTenantStates() {
    }

    public static List<TenantState> build(int tenants, int postsPerIssue) {
        List<TenantState> states = new ArrayList<>(tenants);
        for (int t = 0; t < tenants; t++) {
            states.add(tenant("tenant-" + t, postsPerIssue));
        }
        return states;
    }

    private static TenantState tenant(String name, int postsPerIssue) {
        List<ServiceHealth> services = new ArrayList<>();
        for (int s = 0; s < SERVICES; s++) {
            ServiceHealthStatus status = s % 10 == 0 ? ServiceHealthStatus.SERVICE_DEGRADATION
                    : ServiceHealthStatus.SERVICE_OPERATIONAL;
            services.add(new ServiceHealth("Svc" + s, serviceName(s), status));
        }
        List<TrackedIssue> issues = new ArrayList<>();
        Map<ServiceKey, List<Duration>> durations = new HashMap<>();
        for (int i = 0; i < ISSUES; i++) {
            Issue issue = issue(name, i, postsPerIssue);
            issues.add(new TrackedIssue(issue, i % 25 == 0 ? 1 : 0));
            if (issue.end() != null) {
                durations.computeIfAbsent(new ServiceKey(issue.serviceName(), issue.classification()), k -> new ArrayList<>())
                        .add(Duration.between(issue.start(), issue.end()));
            }
        }
        List<Message> messages = new ArrayList<>();
        for (int m = 0; m < MESSAGES; m++) {
            messages.add(message(name, m));
        }
        TenantSnapshot snapshot = new TenantSnapshot(name, NOW, services, issues, totals(durations), messages,
                messagesSeen());
        EndpointStatus ok = new EndpointStatus(true, NOW.minusSeconds(30), Duration.ofMillis(420));
        return new TenantState(name, snapshot, Map.of(Listing.HEALTH_OVERVIEWS, ok, Listing.ISSUES, ok,
                Listing.MESSAGES, ok), "");
    }

    private static Issue issue(String tenant, int i, int postsPerIssue) {
        return issue(tenant, i, postsPerIssue, NOW);
    }

    /** The {@code i}th issue of the workload as Graph would list it at {@code now}. */
    static Issue issue(String tenant, int i, int postsPerIssue, Instant now) {
        boolean open = i < OPEN_ISSUES;
        Instant start = now.minus(Duration.ofMinutes(37L * i + 90));
        Instant end = open ? null : start.plus(Duration.ofMinutes(45L + (i * 13L) % 2000));
        if (end != null && end.isAfter(now)) {
            end = now.minusSeconds(60);
        }
        List<IssuePost> posts = new ArrayList<>();
        for (int p = 0; p < postsPerIssue; p++) {
            posts.add(new IssuePost(start.plus(Duration.ofMinutes(30L * p)), "regular", POST_TEXT + tenant + " " + i));
        }
        Classification classification = i % 3 == 0 ? Classification.INCIDENT : Classification.ADVISORY;
        return new Issue(prefix(i) + (1_200_000 + i),
                "Users may be unable to access feature " + i + " of " + serviceName(i % SERVICES)
                        + " through some connection methods",
                serviceName(i % SERVICES), "Feature " + (i % 17), "Feature group " + (i % 7), classification,
                Origin.MICROSOFT, open ? ServiceHealthStatus.SERVICE_DEGRADATION : ServiceHealthStatus.SERVICE_RESTORED,
                !open, "Users may be intermittently unable to use feature " + i + " (" + tenant + ").",
                start, end, end == null ? now.minusSeconds(300) : end.plusSeconds(600), posts);
    }

    private static Message message(String tenant, int m) {
        return message(tenant, m, NOW);
    }

    /** The {@code m}th Message Center post of the workload as Graph would list it at {@code now}. */
    static Message message(String tenant, int m, Instant now) {
        List<String> named = new ArrayList<>();
        for (int s = 0; s <= m % 3; s++) {
            named.add(serviceName((m + 7 * s) % SERVICES));
        }
        return new Message("MC" + (900_000 + m),
                "(Updated) Planned change " + m + ": retirement of a legacy setting in " + named.get(0),
                now.minus(Duration.ofDays(m)), m % 4 == 0 ? null : now.plus(Duration.ofDays(30 + m)),
                now.minus(Duration.ofHours(m)), MessageCategory.values()[m % 3], MessageSeverity.values()[m % 3],
                m % 5 == 0, m % ACTION_REQUIRED_EVERY == 0 ? now.plus(Duration.ofDays(20 + m % 60)) : null, named,
                List.of("Admin impact (" + tenant + ")", "Retirement"));
    }

    private static IssueTotals totals(Map<ServiceKey, List<Duration>> durations) {
        Map<ServiceKey, Long> seen = new HashMap<>();
        Map<ServiceKey, DurationHistogram> histograms = new HashMap<>();
        Map<ServiceKey, Double> impact = new HashMap<>();
        Map<ReopenKey, Long> reopens = new HashMap<>();
        for (Map.Entry<ServiceKey, List<Duration>> entry : durations.entrySet()) {
            seen.put(entry.getKey(), (long) entry.getValue().size() + 3);
            histograms.put(entry.getKey(), DurationHistogram.of(entry.getValue()));
            impact.put(entry.getKey(), entry.getValue().stream().mapToDouble(Duration::toSeconds).sum());
            reopens.put(new ReopenKey(entry.getKey().serviceName(), entry.getKey().classification(), ReopenKind.FOLLOW_UP), 1L);
        }
        return new IssueTotals(seen, reopens, histograms, impact);
    }

    private static Map<MessageKey, Long> messagesSeen() {
        Map<MessageKey, Long> seen = new HashMap<>();
        for (MessageCategory category : List.of(MessageCategory.PREVENT_OR_FIX_ISSUE, MessageCategory.PLAN_FOR_CHANGE,
                MessageCategory.STAY_INFORMED)) {
            for (MessageSeverity severity : List.of(MessageSeverity.NORMAL, MessageSeverity.HIGH, MessageSeverity.CRITICAL)) {
                seen.put(new MessageKey(category, severity), 40L);
            }
        }
        return seen;
    }

    static String serviceName(int s) {
        return "Microsoft Service " + s + " Online";
    }

    private static String prefix(int i) {
        return List.of("EX", "SP", "TM", "MO", "OD").get(i % 5);
    }
}

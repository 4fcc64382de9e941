package io.github.m365health.report;

import io.github.m365health.health.Classification;
import io.github.m365health.health.ImpactTimeline;
import io.github.m365health.health.IssueBook;
import io.github.m365health.health.IssueEvent;
import io.github.m365health.health.IssueFigures;
import io.github.m365health.health.IssueSummary;
import io.github.m365health.health.ReopenKind;
import io.github.m365health.health.ServiceKey;
import io.github.m365health.health.TenantHistory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds the monthly SLA report from stored histories. Impact comes from the same timelines as
 * {@code m365_service_impact_seconds_total} ({@link IssueFigures#timelines}), measured over the
 * month instead of up to now, so the report and the counter cannot disagree about what impact is.
 */
public final class MonthlySla {

    private MonthlySla() {
    }

    /**
     * Impact seconds per service and classification inside the window: what the counter gains
     * between {@code from} and {@code to}, for a history that did not change retroactively.
     */
    public static Map<ServiceKey, Double> impactSeconds(IssueBook book, Instant from, Instant to) {
        Map<ServiceKey, Double> impact = new HashMap<>();
        IssueFigures.timelines(book.issues().values()).forEach((key, timeline) ->
                impact.put(key, timeline.secondsBetween(from, to)));
        return impact;
    }

    /**
     * @param externalUrl where users reach the exporter, for absolute issue links; empty for relative ones
     */
    public static SlaReport report(YearMonth month, List<TenantHistory> histories, Instant now,
                                   Optional<String> externalUrl) {
        ReportWindow window = ReportWindow.of(month, now);
        List<YearMonth> available = availableMonths(histories);
        List<TenantSla> tenants = new ArrayList<>();
        if (available.contains(month)) {
            String base = externalUrl.map(url -> url.replaceAll("/+$", "")).orElse("");
            for (TenantHistory history : histories) {
                tenants.add(tenant(history, window, base));
            }
        }
        return new SlaReport(window, now, available, tenants);
    }

    /** From the month of the earliest issue start to the month of the latest poll that returned an issue. */
    static List<YearMonth> availableMonths(List<TenantHistory> histories) {
        List<IssueSummary> issues = histories.stream().flatMap(h -> h.book().issues().values().stream()).toList();
        if (issues.isEmpty()) {
            return List.of();
        }
        YearMonth first = monthOf(issues.stream().map(IssueSummary::start).min(Comparator.naturalOrder()).orElseThrow());
        YearMonth last = monthOf(issues.stream().map(IssueSummary::lastSeen).max(Comparator.naturalOrder()).orElseThrow());
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static TenantSla tenant(TenantHistory history, ReportWindow window, String base) {
        IssueBook book = history.book();
        Map<ServiceKey, ImpactTimeline> timelines = IssueFigures.timelines(book.issues().values());
        Map<String, List<IssueSummary>> overlapping = new HashMap<>();
        for (IssueSummary issue : book.issues().values()) {
            if (window.overlaps(issue.start(), issue.impactEnd().orElse(null))) {
                overlapping.computeIfAbsent(issue.serviceName(), k -> new ArrayList<>()).add(issue);
            }
        }
        Map<String, List<ReopenKind>> reopens = new HashMap<>();
        for (IssueEvent.Reopened reopen : book.reopens()) {
            IssueSummary issue = book.get(reopen.issueId());
            if (issue != null && window.contains(reopen.at())) {
                reopens.computeIfAbsent(issue.serviceName(), k -> new ArrayList<>()).add(reopen.kind());
            }
        }
        TreeSet<String> names = new TreeSet<>(history.serviceNames());
        names.addAll(overlapping.keySet());
        List<ServiceSla> services = new ArrayList<>();
        for (String name : names) {
            double impact = timelines.getOrDefault(new ServiceKey(name, Classification.INCIDENT), ImpactTimeline.EMPTY)
                    .secondsBetween(window.from(), window.until());
            services.add(service(history, name, overlapping.getOrDefault(name, List.of()), impact,
                    reopens.getOrDefault(name, List.of()), window, base));
        }
        services.sort(Comparator.comparingDouble(ServiceSla::availability).thenComparing(ServiceSla::serviceName));
        return new TenantSla(history.tenant(), services);
    }

    private static ServiceSla service(TenantHistory history, String name, List<IssueSummary> overlapping, double impact,
                                      List<ReopenKind> reopens, ReportWindow window, String base) {
        List<IncidentLine> incidents = new ArrayList<>();
        List<Duration> resolved = new ArrayList<>();
        int advisories = 0;
        for (IssueSummary issue : overlapping) {
            if (issue.classification() == Classification.ADVISORY) {
                advisories++;
            } else if (issue.classification() == Classification.INCIDENT) {
                double inMonth = ImpactTimeline.of(List.of(issue.impactInterval())).secondsBetween(window.from(), window.until());
                incidents.add(new IncidentLine(issue.id(), history.title(issue.id()), issue.start(), issue.end(), inMonth,
                        base + "/issues/" + history.tenant() + "/" + pathSegment(issue.id())));
                issue.resolutionDuration()
                        .filter(d -> issue.endedAt().map(window::contains).orElse(false))
                        .ifPresent(resolved::add);
            }
        }
        incidents.sort(Comparator.comparing(IncidentLine::start).thenComparing(IncidentLine::id));
        int sameId = (int) reopens.stream().filter(kind -> kind == ReopenKind.SAME_ID).count();
        double monthSeconds = window.length().getSeconds();
        return new ServiceSla(name, incidents, advisories, impact, 1 - impact / monthSeconds, resolved, sameId,
                reopens.size() - sameId);
    }

    private static YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(ZoneOffset.UTC));
    }

    private static String pathSegment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package io.github.m365health.demo;

import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The world being computed for one moment: scenario steps and the random stream edit it in time
 * order, then {@link #snapshot()} freezes it. A fresh draft is built for every computation, so the
 * scenario stays a pure function of the clock.
 */
final class WorldDraft {

    // A service shows the gravest status among its open issues, as the admin center does.
    private static final List<ServiceHealthStatus> GRAVITY = List.of(
            ServiceHealthStatus.SERVICE_INTERRUPTION,
            ServiceHealthStatus.SERVICE_DEGRADATION,
            ServiceHealthStatus.RESTORING_SERVICE,
            ServiceHealthStatus.EXTENDED_RECOVERY,
            ServiceHealthStatus.INVESTIGATING);

    private final ScriptTime time;
    private final Map<String, IssueDraft> issues = new LinkedHashMap<>();
    private final Map<String, MessageDraft> messages = new LinkedHashMap<>();
    private double scriptSecond;

    WorldDraft(ScriptTime time) {
        this.time = time;
    }

    void moveTo(double second) {
        scriptSecond = second;
    }

    /** Wall-clock instant of the step being applied. */
    Instant now() {
        return time.at(scriptSecond);
    }

    /** Wall-clock instant of the first poll; real-world offsets (days, hours) are taken from it. */
    Instant origin() {
        return time.at(0);
    }

    Instant at(double second) {
        return time.at(second);
    }

    IssueDraft open(String id, DemoService service, String featureGroup, String feature,
                    Classification classification, Instant start) {
        IssueDraft draft = new IssueDraft(id, service, featureGroup, feature, classification, start);
        issues.put(id, draft);
        return draft;
    }

    IssueDraft issue(String id) {
        IssueDraft draft = issues.get(id);
        if (draft == null) {
            throw new NoSuchElementException("no issue " + id + " in the demo world yet");
        }
        return draft.asOf(now());
    }

    MessageDraft publish(String id, String title, MessageCategory category, MessageSeverity severity, Instant start) {
        MessageDraft draft = new MessageDraft(id, title, category, severity, start);
        messages.put(id, draft);
        return draft;
    }

    MessageDraft message(String id) {
        MessageDraft draft = messages.get(id);
        if (draft == null) {
            throw new NoSuchElementException("no message " + id + " in the demo world yet");
        }
        return draft.asOf(now());
    }

    DemoWorld snapshot() {
        List<Issue> issueList = issues.values().stream().map(IssueDraft::toIssue).toList();
        List<ServiceHealth> services = new ArrayList<>();
        for (DemoService service : DemoCatalog.SERVICES) {
            services.add(new ServiceHealth(service.id(), service.name(), statusOf(service, issueList)));
        }
        return new DemoWorld(services, issueList, messages.values().stream().map(MessageDraft::toMessage).toList());
    }

    private static ServiceHealthStatus statusOf(DemoService service, List<Issue> issueList) {
        return issueList.stream()
                .filter(i -> !i.resolved() && i.serviceName().equals(service.name()))
                .map(i -> GRAVITY.contains(i.status()) ? i.status() : ServiceHealthStatus.SERVICE_DEGRADATION)
                .min((a, b) -> Integer.compare(GRAVITY.indexOf(a), GRAVITY.indexOf(b)))
                .orElse(ServiceHealthStatus.SERVICE_OPERATIONAL);
    }
}

package io.github.m365health.report;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One service's month.
 *
 * @param incidents      incidents that overlapped the month, by start
 * @param advisories     advisories that overlapped the month
 * @param impactSeconds  the union of the incidents' intervals inside the month
 * @param availability   1 - impact / length of the whole month
 * @param resolved       how long each incident that ended in the month took (end - start)
 * @param sameIdReopens  reopens in the month of the service's issues under their own id
 * @param followUpReopens reopens in the month by a new issue naming one of the service's issues
 */
public record ServiceSla(String serviceName, List<IncidentLine> incidents, int advisories, double impactSeconds,
                         double availability, List<Duration> resolved, int sameIdReopens, int followUpReopens) {

    public ServiceSla {
        Objects.requireNonNull(serviceName, "serviceName");
        incidents = List.copyOf(incidents);
        resolved = List.copyOf(resolved);
    }

    public boolean belowTarget() {
        return availability < SlaReport.TARGET;
    }

    public Optional<Duration> meanTimeToResolve() {
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(resolved.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(resolved.size()));
    }

    public Optional<Duration> longestTimeToResolve() {
        return resolved.stream().max(Duration::compareTo);
    }
}

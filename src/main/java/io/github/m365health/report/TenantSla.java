package io.github.m365health.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One tenant's month: a row per service, worst availability first. */
public record TenantSla(String tenant, List<ServiceSla> services) {

    public TenantSla {
        Objects.requireNonNull(tenant, "tenant");
        services = List.copyOf(services);
    }

    public int incidents() {
        return services.stream().mapToInt(s -> s.incidents().size()).sum();
    }

    public int advisories() {
        return services.stream().mapToInt(ServiceSla::advisories).sum();
    }

    /** Impact added up over services: two services down in the same minute count two minutes. */
    public double impactSeconds() {
        return services.stream().mapToDouble(ServiceSla::impactSeconds).sum();
    }

    public List<ServiceSla> belowTarget() {
        return services.stream().filter(ServiceSla::belowTarget).toList();
    }

    public int reopens() {
        return services.stream().mapToInt(s -> s.sameIdReopens() + s.followUpReopens()).sum();
    }

    public Optional<ServiceSla> lowest() {
        return services.stream().filter(s -> s.impactSeconds() > 0)
                .min(Comparator.comparingDouble(ServiceSla::availability));
    }

    /** The summary line: counts, impact, and the services that missed the target. */
    public String summary() {
        long affected = services.stream().filter(s -> !s.incidents().isEmpty() || s.advisories() > 0).count();
        StringBuilder line = new StringBuilder(tenant).append(": ")
                .append(Numbers.count(incidents(), "incident")).append(" and ")
                .append(Numbers.count(advisories(), "advisory", "advisories")).append(" on ")
                .append(affected).append(" of ").append(services.size()).append(" services, ")
                .append(Numbers.minutes(impactSeconds())).append(" impact minutes, ")
                .append(Numbers.count(reopens(), "reopen")).append("; ");
        List<ServiceSla> below = belowTarget();
        if (below.isEmpty()) {
            line.append("every service at or above ").append(Numbers.percent(SlaReport.TARGET));
        } else {
            line.append(below.size()).append(" below ").append(Numbers.percent(SlaReport.TARGET)).append(": ")
                    .append(String.join(", ", below.stream()
                            .map(s -> s.serviceName() + " " + Numbers.percent(s.availability())).toList()));
        }
        return line.append('.').toString();
    }
}

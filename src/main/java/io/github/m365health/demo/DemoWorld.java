package io.github.m365health.demo;

import io.github.m365health.health.Issue;
import io.github.m365health.health.ServiceHealth;
import java.util.List;
import java.util.Optional;

/** What the demo tenant's Graph shows at one moment: its three listings. */
public record DemoWorld(List<ServiceHealth> services, List<Issue> issues, List<DemoMessage> messages) {

    public DemoWorld {
        services = List.copyOf(services);
        issues = List.copyOf(issues);
        messages = List.copyOf(messages);
    }

    public Optional<Issue> issue(String id) {
        return issues.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<DemoMessage> message(String id) {
        return messages.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<ServiceHealth> service(String serviceName) {
        return services.stream().filter(s -> s.serviceName().equals(serviceName)).findFirst();
    }
}

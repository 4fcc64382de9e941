package io.github.m365health.health;

import java.util.Set;

/** Which services (by display name) a tenant's series cover; an empty include means all. */
public record ServiceFilter(Set<String> include, Set<String> exclude) {

    public static final ServiceFilter ALL = new ServiceFilter(Set.of(), Set.of());

    public ServiceFilter {
        include = Set.copyOf(include);
        exclude = Set.copyOf(exclude);
    }

    public boolean allows(String serviceName) {
        return (include.isEmpty() || include.contains(serviceName)) && !exclude.contains(serviceName);
    }
}

package io.github.m365health.architecture.broken.store;

import io.github.m365health.architecture.broken.health.Impact;
import io.github.m365health.architecture.broken.health.ImpactCalculator;

/** Breaks "only cli wires": the store building a working part of the domain itself. */
public final class StoreWiresDomain {
    public Impact impact() {
        return new Impact(new ImpactCalculator().impact(1));
    }
}

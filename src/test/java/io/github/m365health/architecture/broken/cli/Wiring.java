package io.github.m365health.architecture.broken.cli;

import io.github.m365health.architecture.broken.graph.GraphCaller;
import io.github.m365health.architecture.broken.health.ImpactCalculator;
import io.github.m365health.architecture.broken.metrics.ScrapeCallsGraph;

/** Allowed: cli constructs the parts of every package. */
public final class Wiring {
    public ScrapeCallsGraph wire() {
        new ImpactCalculator();
        return new ScrapeCallsGraph(new GraphCaller());
    }
}

package io.github.m365health.architecture.broken.metrics;

import io.github.m365health.architecture.broken.graph.GraphCaller;

/** Breaks "scrapes never reach Graph": a collector holding the Graph client. */
public final class ScrapeCallsGraph {
    private final GraphCaller graph;

    public ScrapeCallsGraph(GraphCaller graph) {
        this.graph = graph;
    }

    public String collect() {
        return graph.call();
    }
}

package io.github.m365health.architecture.broken.graph;

/** Stands for the Graph client. */
public final class GraphCaller {
    public String call() {
        return "";
    }
}

package io.github.m365health.architecture.broken.poll;

/** Stands for the poll scheduler. */
public final class Scheduler {
    public void start() {
    }
}

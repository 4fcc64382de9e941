package io.github.m365health.architecture.broken.web;

import io.github.m365health.architecture.broken.poll.Scheduler;

/** Breaks "scrapes never reach Graph": a page driving the poll scheduler. */
public final class PageStartsPolls {
    public void handle(Scheduler scheduler) {
        scheduler.start();
    }
}

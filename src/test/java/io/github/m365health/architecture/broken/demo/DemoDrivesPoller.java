package io.github.m365health.architecture.broken.demo;

import io.github.m365health.architecture.broken.poll.Scheduler;

/** Breaks "the demo runs without the poller": the simulated tenant reaching into the pipeline. */
public final class DemoDrivesPoller {
    public void play(Scheduler scheduler) {
        scheduler.start();
    }
}

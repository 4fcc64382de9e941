package io.github.m365health.graph;

import java.time.Duration;

/** Waits between retries; injected so tests assert the wait instead of sleeping through it. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());
}

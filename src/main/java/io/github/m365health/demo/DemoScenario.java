package io.github.m365health.demo;

import java.time.Instant;
import java.util.Objects;

/**
 * The demo tenant's world as a pure function of time: the scripted stories of shared/seeds, then a
 * seeded random stream. Nothing runs in the background; every call recomputes the world from the
 * first poll's instant and the current one, so the same options and instants always give the
 * same world.
 */
public final class DemoScenario {

    private final DemoOptions options;
    private final IssueStream stream;

    public DemoScenario(DemoOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.stream = new IssueStream(options.seed());
    }

    /**
     * @param firstPoll the instant the scenario started: script second 0
     * @param now       the instant to show; the script runs {@code speed} times faster than the clock
     */
    public DemoWorld worldAt(Instant firstPoll, Instant now) {
        ScriptTime time = new ScriptTime(firstPoll, options.speed());
        double scriptSecond = time.secondsAt(now);
        WorldDraft world = new WorldDraft(time);
        for (DemoScript.Step step : DemoScript.STEPS) {
            if (step.at() <= scriptSecond) {
                world.moveTo(step.at());
                step.change().accept(world);
            }
        }
        stream.addTo(world, scriptSecond);
        return world.snapshot();
    }
}

package io.github.m365health.architecture.broken.health;

/** A working part (not data) of the fixture's domain. */
public final class ImpactCalculator {
    public double impact(double seconds) {
        return seconds;
    }
}

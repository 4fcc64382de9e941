package io.github.m365health.architecture.broken.health;

/** Data: any package may build it. */
public record Impact(double seconds) {
}

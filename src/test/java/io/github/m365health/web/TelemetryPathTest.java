package io.github.m365health.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TelemetryPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/metrics", "/m365/metrics", "/probe-metrics"})
    void acceptsAPathOfItsOwn(String path) {
        assertTrue(TelemetryPath.usable(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "metrics", "/", "/-/healthy", "/-/ready", "/-/metrics", "/m?x", "/m#x", "/m x"})
    void refusesPathsTheLandingPageOrHealthChecksOwnOrNoRequestCouldMatch(String path) {
        assertFalse(TelemetryPath.usable(path), path);
    }
}

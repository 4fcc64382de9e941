package io.github.m365health.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueryWindowTest {

    private static final Instant START = Instant.parse("2026-04-01T10:00:00Z");

    @Test
    void givesGrafanasRangeGlobalsRoundedUpToWholeSeconds() {
        QueryWindow w = new QueryWindow(START, START.plusMillis(45_200), Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertEquals("46s", w.globals().get("__range"));
        assertEquals("46", w.globals().get("__range_s"));
        assertEquals("46000", w.globals().get("__range_ms"));
        assertEquals("1s", w.globals().get("__interval"));
    }

    @Test
    void derivesTheRateIntervalAsGrafanaDoesFromStepAndScrapeInterval() {
        QueryWindow fineStep = new QueryWindow(START, START.plusSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(1));
        QueryWindow coarseStep = new QueryWindow(START, START.plusSeconds(3600), Duration.ofSeconds(30), Duration.ofSeconds(15));

        assertEquals("4s", fineStep.globals().get("__rate_interval"));
        assertEquals("60s", coarseStep.globals().get("__rate_interval"));
    }

    @Test
    void substitutesGlobalsAndTurnsDashboardVariablesIntoAll() {
        QueryWindow w = new QueryWindow(START, START.plusSeconds(90), Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertEquals("increase(m{tenant=~\".+\", service_name=~\".+\"}[90s]) / 90",
                w.substitute("increase(m{tenant=~\"$tenant\", service_name=~\"${service_name}\"}[$__range]) / $__range_s"));
    }

    @Test
    void rejectsAnEmptyWindow() {
        assertThrows(IllegalArgumentException.class,
                () -> new QueryWindow(START, START, Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }
}

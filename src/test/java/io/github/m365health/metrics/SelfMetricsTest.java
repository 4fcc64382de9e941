package io.github.m365health.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.health.TenantState;
import io.github.m365health.testing.LogCapture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** How the exporter reports on itself and on its polls, and how a scrape holds up. */
class SelfMetricsTest {

    @Test
    void reportsUpOnlyWhenEveryListingSucceeded() {
        TenantState neverPolled = new TenantState("northwind",
                TenantSnapshot.empty("northwind", Instant.parse("2026-04-03T12:00:00Z")), Map.of(), "");

        Exposition exposition = Scrapes.render(List.of(StoryStates.contoso(), StoryStates.fabrikam(), neverPolled));

        assertEquals(1, exposition.value("m365_up", Map.of("tenant", "contoso")));
        assertEquals(0, exposition.value("m365_up", Map.of("tenant", "fabrikam")), "messages listing failed");
        assertEquals(0, exposition.value("m365_up", Map.of("tenant", "northwind")), "nothing polled yet");
        assertTrue(exposition.samples("m365_poll_duration_seconds", Map.of("tenant", "northwind")).isEmpty());
    }

    @Test
    void reportsTheLastSuccessOfAListingOnlyOnceItSucceeded() {
        Exposition exposition = Scrapes.render(List.of(StoryStates.fabrikam()));
        Map<String, String> messages = Map.of("tenant", "fabrikam", "endpoint", "messages");

        assertTrue(exposition.samples("m365_poll_last_success_timestamp_seconds", messages).isEmpty());
        assertEquals(0.15, exposition.value("m365_poll_duration_seconds", messages), 1e-9);
        assertEquals(Instant.parse("2026-01-08T12:39:01Z").getEpochSecond(), exposition.value(
                "m365_poll_last_success_timestamp_seconds", Map.of("tenant", "fabrikam", "endpoint", "issues")));
    }

    @Test
    void leavesOutTheDataOfATenantThatFailsToRenderButKeepsItsUpAndTheOtherTenants() {
        TenantSection failsForFabrikam = (state, into) -> {
            if (state.tenant().equals("fabrikam")) {
                throw new IllegalStateException("simulated rendering failure");
            }
        };
        // The failing section runs last, after fabrikam's issue series were already written.
        ExporterMetrics metrics = new ExporterMetrics(StoryStates::twoTenants, Scrapes.BUILD,
                List.of(new IssueSection(), new HistorySection(), new MessageSection(io.github.m365health.config.MessageSeries.ACTIONABLE), failsForFabrikam));

        Exposition exposition = Exposition.parse(Scrapes.text(metrics));

        assertEquals(0, exposition.value("m365_up", Map.of("tenant", "fabrikam")));
        assertEquals(3, exposition.samples("m365_poll_duration_seconds", Map.of("tenant", "fabrikam")).size());
        assertTrue(exposition.samples().stream()
                        .filter(s -> "fabrikam".equals(s.label("tenant")))
                        .allMatch(s -> s.name().startsWith("m365_up") || s.name().startsWith("m365_poll_")),
                "no data series of fabrikam");
        assertEquals(1, exposition.value("m365_issue_open", Map.of("tenant", "contoso", "id", "EX1268771")));
        assertEquals(1, exposition.value("m365_exporter_build_info", Map.of("version", "1.2.3")));
    }

    @Test
    void logsARenderingFailureOnceUntilTheTenantRendersAgain() {
        AtomicBoolean failing = new AtomicBoolean(true);
        TenantSection flaky = (state, into) -> {
            if (failing.get()) {
                throw new IllegalStateException("simulated rendering failure");
            }
        };
        ExporterMetrics metrics = new ExporterMetrics(() -> List.of(StoryStates.contoso()), Scrapes.BUILD, List.of(flaky));
        try (LogCapture log = LogCapture.of(ExporterCollector.class.getName(), Level.ALL)) {
            Scrapes.text(metrics);
            Scrapes.text(metrics);
            Scrapes.text(metrics);
            assertEquals(1, log.records().stream().filter(r -> r.getLevel() == Level.SEVERE).count());

            failing.set(false);
            Scrapes.text(metrics);
            failing.set(true);
            Scrapes.text(metrics);
            assertEquals(2, log.records().stream().filter(r -> r.getLevel() == Level.SEVERE).count());
            assertEquals(List.of("tenant", "contoso"), List.of(log.records().get(0).getParameters()));
        }
    }

    @Test
    void exposesTheBuildAndCachedHelpWithoutSampleTimestamps() {
        Exposition exposition = Scrapes.render(StoryStates.twoTenants());

        assertEquals(1, exposition.value("m365_exporter_build_info",
                Map.of("version", "1.2.3", "revision", "abc1234", "java_version", "17.0.15")));
        assertTrue(exposition.samples().stream().noneMatch(Exposition.Sample::timestamped));
        for (String family : List.of("m365_service_status", "m365_issues_open", "m365_issue_info",
                "m365_issue_resolution_duration_seconds", "m365_messages", "m365_message_info")) {
            assertTrue(exposition.help(family).contains("Cached from the last poll of Microsoft Graph"), family);
        }
    }

    @Test
    void rendersTheSameTextWhateverTheOrderOfTenantsIssuesAndMaps() {
        List<TenantState> reordered = new ArrayList<>();
        for (TenantState state : StoryStates.twoTenants()) {
            TenantSnapshot s = state.snapshot();
            reordered.add(0, new TenantState(state.tenant(), new TenantSnapshot(s.tenant(), s.takenAt(),
                    reversed(s.services()), reversed(s.issues()), s.issueTotals(), s.activeMessages(), s.messagesSeen()),
                    state.endpoints(), state.lastError()));
        }

        assertEquals(Scrapes.text(new ExporterMetrics(StoryStates::twoTenants, Scrapes.BUILD)),
                Scrapes.text(new ExporterMetrics(() -> reordered, Scrapes.BUILD)));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}

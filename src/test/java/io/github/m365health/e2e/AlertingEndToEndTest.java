package io.github.m365health.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.m365health.testing.EndToEnd;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped alert rules, end to end: the demo tenant's Exchange Online stories (shared/seeds),
 * scraped by a real Prometheus, routed by a real Alertmanager, delivered to a webhook. All the
 * tests watch one run of the demo, which plays its script at {@value #SPEED} times real speed.
 * Without Prometheus, Alertmanager and promtool installed the class is skipped locally and fails
 * on CI ({@code CI=true}).
 */
@EndToEnd
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertingEndToEndTest {

    private static final double SPEED = 3;

    // The demo script (DemoScript), in script seconds: EX1256020 ends at 15; EX1268771 opens at 35,
    // naming it (a follow_up reopen), and ends at 85. At speed 3 that is 11.7 s to 28.3 s after
    // the start, all of it after Prometheus's first alerts (about 8 s after the start: its target
    // discovery hands over the first targets after 5 s).
    private static final String INCIDENT = "EX1268771";
    private static final double INCIDENT_OPENS = 35;
    private static final double INCIDENT_ENDS = 85;
    // PL1272088 is 40 minutes past its promised update from the start; the update comes at 70.
    private static final String LATE = "PL1272088";
    private static final double LATE_UPDATE_COMES = 70;

    /**
     * Poll, scrape, rule evaluation, the 1 s hold-downs and Alertmanager's 1 s group interval take
     * about 4 s; the rest is headroom for a busy machine.
     */
    private static final Duration DELIVERY = Duration.ofSeconds(20);

    private static final String INCIDENT_TITLE = "Users may be intermittently unable to access their Exchange "
            + "Online mailboxes in some connection methods.";

    private final Clock clock = Clock.systemUTC();
    private AlertingPipeline pipeline;
    private Throwable startFailure;

    /**
     * A skip (tools missing locally) or failure here is kept and reported by every test: thrown
     * from {@code @BeforeAll}, Surefire would count no test at all and show no reason.
     */
    @BeforeAll
    void startPipeline(@TempDir Path workDir) {
        try {
            pipeline = AlertingPipeline.start(workDir, SPEED, clock);
        } catch (Exception | AssertionError e) {
            startFailure = e;
        }
    }

    @BeforeEach
    void requireRunningPipeline() throws Throwable {
        if (startFailure != null) {
            throw startFailure;
        }
    }

    @AfterAll
    void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void notifiesAnOpenIncidentWithOnlyStableLabelsAndItsTitleAndAdminCenterLinkInAnnotations() throws Exception {
        ReceivedAlert alert = await("a firing M365IncidentOpen for " + INCIDENT,
                incidentOpen().and(ReceivedAlert::firing), pipeline.demoReaches(INCIDENT_ENDS).plus(DELIVERY));

        assertFalse(alert.receivedAt().isBefore(pipeline.demoReaches(INCIDENT_OPENS)),
                () -> "notified before the demo opened " + INCIDENT + pipeline.diagnostics());
        assertEquals(Map.of(
                "alertname", "M365IncidentOpen",
                "severity", "warning",
                "tenant", "demo",
                "id", INCIDENT,
                "service_name", "Exchange Online",
                "classification", "incident",
                "job", AlertingPipeline.JOB,
                "instance", pipeline.exporterInstance()), alert.labels(), pipeline::diagnostics);
        Map<String, String> annotations = alert.annotations();
        assertEquals(INCIDENT_TITLE, annotations.get("title"), pipeline::diagnostics);
        assertEquals("Exchange Online incident " + INCIDENT + " is open in tenant demo: " + INCIDENT_TITLE,
                annotations.get("description"), pipeline::diagnostics);
        assertEquals("https://admin.microsoft.com/#/servicehealth/:/alerts/" + INCIDENT,
                annotations.get("admin_center_url"), pipeline::diagnostics);
        assertTrue(annotations.get("runbook_url").endsWith("/alert-rules/runbook.md#m365incidentopen"),
                pipeline::diagnostics);
        // From m365_exporter_web_info: the default --web.external-url, http://<host name>:<port>.
        assertTrue(annotations.get("issue_url").matches("http://[^/]+:\\d+/issues/demo/" + INCIDENT),
                () -> annotations.get("issue_url") + pipeline.diagnostics());
    }

    @Test
    void notifiesTheIncidentAsResolvedOnceMicrosoftEndsIt() throws Exception {
        ReceivedAlert firing = await("a firing M365IncidentOpen for " + INCIDENT,
                incidentOpen().and(ReceivedAlert::firing), pipeline.demoReaches(INCIDENT_ENDS).plus(DELIVERY));
        ReceivedAlert resolved = await("a resolved M365IncidentOpen for " + INCIDENT,
                incidentOpen().and(ReceivedAlert::resolved), pipeline.demoReaches(INCIDENT_ENDS).plus(DELIVERY));

        assertTrue(resolved.notification() > firing.notification(), pipeline::diagnostics);
        assertFalse(resolved.receivedAt().isBefore(pipeline.demoReaches(INCIDENT_ENDS)),
                () -> "resolved before the demo ended " + INCIDENT + pipeline.diagnostics());
        assertEquals(firing.labels(), resolved.labels(), pipeline::diagnostics);
        assertEquals(firing.startsAt(), resolved.startsAt(), () -> "the same alert, not a new one" + pipeline.diagnostics());
        assertEquals(firing.fingerprint(), resolved.fingerprint(), pipeline::diagnostics);
    }

    @Test
    void notifiesTheFollowUpReopenOnTheServiceOfTheReopenedIncident() throws Exception {
        ReceivedAlert alert = await("a firing M365IncidentReopened of kind follow_up",
                alertNamed("M365IncidentReopened").and(ReceivedAlert::firing),
                pipeline.demoReaches(INCIDENT_OPENS).plus(DELIVERY));

        assertFalse(alert.receivedAt().isBefore(pipeline.demoReaches(INCIDENT_OPENS)),
                () -> "notified before the demo reopened EX1256020" + pipeline.diagnostics());
        assertEquals(Map.of(
                "alertname", "M365IncidentReopened",
                "severity", "warning",
                "tenant", "demo",
                "service_name", "Exchange Online",
                "classification", "incident",
                "kind", "follow_up",
                "job", AlertingPipeline.JOB,
                "instance", pipeline.exporterInstance()), alert.labels(), pipeline::diagnostics);
        assertTrue(alert.annotations().get("description").startsWith(
                "Exchange Online in tenant demo: 1 incident reopen(s) of kind follow_up in the last 30 minutes;"),
                pipeline::diagnostics);
    }

    @Test
    void notifiesThatMicrosoftIsLateWithThePromisedUpdateAndResolvesOnceItComes() throws Exception {
        // The demo's Planner incident promised its next update 40 minutes before the first poll;
        // the update comes at script second 70.
        Predicate<ReceivedAlert> overdue = alertNamed("M365IncidentUpdateOverdue").and(alert -> LATE.equals(alert.label("id")));
        ReceivedAlert firing = await("a firing M365IncidentUpdateOverdue for " + LATE, overdue.and(ReceivedAlert::firing),
                pipeline.demoReaches(LATE_UPDATE_COMES).plus(DELIVERY));
        ReceivedAlert resolved = await("a resolved M365IncidentUpdateOverdue for " + LATE,
                overdue.and(ReceivedAlert::resolved), pipeline.demoReaches(LATE_UPDATE_COMES).plus(DELIVERY));

        assertEquals(Map.of(
                "alertname", "M365IncidentUpdateOverdue",
                "severity", "warning",
                "tenant", "demo",
                "id", LATE,
                "service_name", "Planner",
                "classification", "incident",
                "job", AlertingPipeline.JOB,
                "instance", pipeline.exporterInstance()), firing.labels(), pipeline::diagnostics);
        assertTrue(firing.annotations().get("description").startsWith(
                "Microsoft promised the next update on Planner incident " + LATE + " in tenant demo 4"),
                pipeline::diagnostics);
        assertFalse(resolved.receivedAt().isBefore(pipeline.demoReaches(LATE_UPDATE_COMES)),
                () -> "resolved before the late update came" + pipeline.diagnostics());
    }

    private ReceivedAlert await(String what, Predicate<ReceivedAlert> wanted, Instant deadline) throws Exception {
        return pipeline.webhook().awaitAlert(wanted, deadline)
                .orElseGet(() -> fail("no webhook notification with " + what + " by " + deadline + pipeline.diagnostics()));
    }

    private static Predicate<ReceivedAlert> incidentOpen() {
        return alertNamed("M365IncidentOpen").and(alert -> INCIDENT.equals(alert.label("id")));
    }

    private static Predicate<ReceivedAlert> alertNamed(String name) {
        return alert -> name.equals(alert.label("alertname"));
    }
}

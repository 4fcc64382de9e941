package io.github.m365health.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.Classification;
import io.github.m365health.health.ServiceKey;
import io.github.m365health.health.TenantHistory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The report's figures for the months of {@link ScriptedHistory}, read from a real store file. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlySlaTest {

    static final Instant NOW = Instant.parse("2026-04-20T00:00:00Z");
    private static final double HOUR = 3600;
    private static final double DAY = 24 * HOUR;

    private TenantHistory history;

    @BeforeAll
    void writeTheHistory(@TempDir Path dir) throws Exception {
        history = ScriptedHistory.write(dir.resolve("history.db")).read();
    }

    private SlaReport report(String month) {
        return MonthlySla.report(YearMonth.parse(month), List.of(history), NOW, Optional.empty());
    }

    private ServiceSla service(String month, String name) {
        return report(month).tenants().get(0).services().stream()
                .filter(s -> s.serviceName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void incidentAcrossTheMonthBoundaryCountsInEachMonthOnlyItsPartThere() {
        ServiceSla february = service("2026-02", "Microsoft Teams");
        ServiceSla march = service("2026-03", "Microsoft Teams");

        assertEquals(4 * HOUR, february.impactSeconds(), "2026-02-28 20:00 to midnight");
        assertEquals(4 * HOUR, march.impactSeconds(), "midnight to 2026-03-01 04:00");
        assertEquals(4 * HOUR, february.incidents().get(0).secondsInMonth());
        assertEquals(List.of(), february.resolved(), "it ended in March, so its time to resolve belongs to March");
        assertEquals(List.of(Duration.ofHours(8)), march.resolved());
        assertEquals(1 - 4 * HOUR / (28 * DAY), february.availability(), 1e-12);
        assertTrue(february.belowTarget(), "4 h in February is 99.405 %");
    }

    @Test
    void overlappingIncidentsOnOneServiceCountTheirUnionNotTheirSum() {
        ServiceSla sharePoint = service("2026-03", "SharePoint Online");

        assertEquals(6 * HOUR, sharePoint.impactSeconds(), "08:00-12:00 and 10:00-14:00 are 6 h together, not 8 h");
        assertEquals(List.of(4 * HOUR, 4 * HOUR), sharePoint.incidents().stream().map(IncidentLine::secondsInMonth).toList());
        assertEquals(Optional.of(Duration.ofHours(4)), sharePoint.meanTimeToResolve());
    }

    @Test
    void openIncidentCountsUntilNowInTheCurrentMonth() {
        ServiceSla exchange = service("2026-04", "Exchange Online");
        double ex1268771 = Duration.between(Instant.parse("2026-04-02T19:14:14Z"), NOW).getSeconds();

        IncidentLine open = exchange.incidents().stream().filter(i -> i.id().equals("EX1268771")).findFirst().orElseThrow();
        assertEquals(null, open.end());
        assertEquals(ex1268771, open.secondsInMonth());
        assertEquals(20 * HOUR + ex1268771, exchange.impactSeconds(), "EX1256020's last 20 h of the month, then EX1268771 until now");
        assertEquals(NOW, report("2026-04").window().until());
        assertEquals(1 - exchange.impactSeconds() / (30 * DAY), exchange.availability(), 1e-12,
                "measured against the whole month, as the recording rules do");
    }

    @Test
    void ex1215307CountsWithTheStartMicrosoftMovedBackSixDays() {
        ServiceSla exchange = service("2026-01", "Exchange Online");
        Duration trueLength = Duration.ofDays(6).plusHours(11).plusMinutes(30);

        assertEquals(trueLength.getSeconds(), exchange.impactSeconds());
        assertEquals(Instant.parse("2026-01-02T00:00:00Z"), exchange.incidents().get(0).start());
        assertEquals(List.of(trueLength), exchange.resolved());
        assertEquals(Optional.of(trueLength), exchange.longestTimeToResolve());
    }

    @Test
    void followUpReopenCountsInTheMonthTheNewIssueAppearedUnderTheEarlierIssuesService() {
        ServiceSla april = service("2026-04", "Exchange Online");
        ServiceSla march = service("2026-03", "Exchange Online");

        assertEquals(1, april.followUpReopens(), "EX1268771 names EX1256020, which ended the day before");
        assertEquals(0, april.sameIdReopens());
        assertEquals(0, march.followUpReopens());
        assertEquals(1, service("2026-03", "Microsoft Teams").sameIdReopens(), "TM2000003 came back under its own id");
        assertEquals(1, service("2026-03", "Microsoft Teams").advisories());
        assertEquals(0, service("2026-03", "Microsoft Teams").impactSeconds() - 4 * HOUR, "advisories add no impact");
    }

    @Test
    void everyConfiguredServiceIsListedFullyAvailableWhenNothingHappenedToIt() {
        ServiceSla identity = service("2026-03", "Identity Service");

        assertEquals(0, identity.impactSeconds());
        assertEquals(1.0, identity.availability());
        assertFalse(identity.belowTarget());
        assertEquals("SharePoint Online", report("2026-03").tenants().get(0).services().get(1).serviceName(),
                "worst availability first: Exchange Online (EX1256020, 14 d 10 h), then SharePoint Online (6 h)");
    }

    @Test
    void monthsAvailableRunFromTheEarliestStartToTheLatestPoll() {
        SlaReport before = report("2025-12");

        assertEquals(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4)),
                before.availableMonths());
        assertFalse(before.hasHistory());
        assertEquals(List.of(), before.tenants());
        assertEquals("No history for 2025-12: the history covers 2026-01 to 2026-04.", before.noHistoryNote());
    }

    @Test
    void monthImpactIsTheWindowFunctionOverTheMonth() {
        SlaReport march = report("2026-03");
        var byWindow = MonthlySla.impactSeconds(history.book(), march.window().from(), march.window().until());

        for (ServiceSla s : march.tenants().get(0).services()) {
            assertEquals(byWindow.getOrDefault(new ServiceKey(s.serviceName(), Classification.INCIDENT), 0.0), s.impactSeconds(),
                    s.serviceName());
        }
        assertEquals(14 * DAY + 10 * HOUR, byWindow.get(new ServiceKey("Exchange Online", Classification.INCIDENT)),
                "EX1256020 from 2026-03-17 14:00 to the end of March");
    }

    @Test
    void linksPointAtTheIssuePageUnderTheExternalUrlWhenGiven() {
        SlaReport withUrl = MonthlySla.report(YearMonth.of(2026, 1), List.of(history), NOW,
                Optional.of("https://exporter.example.com/m365/"));

        assertEquals("https://exporter.example.com/m365/issues/contoso/EX1215307",
                withUrl.tenants().get(0).services().get(0).incidents().get(0).link());
        assertEquals("/issues/contoso/EX1215307", service("2026-01", "Exchange Online").incidents().get(0).link());
    }
}

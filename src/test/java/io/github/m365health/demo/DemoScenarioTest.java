package io.github.m365health.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.ServiceHealthStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The seed stories, told at chosen moments after the first poll (speed 1 unless said). */
class DemoScenarioTest {

    private static final DemoOptions SPEED_1 = DemoOptions.defaults();
    private static final Instant T0 = Polls.FIRST_POLL;

    @Test
    void ex1215307OpensAsServiceDegradationStartingWhenItFirstAppears() {
        Issue imap = issue(0, ExchangeStories.IMAP);

        assertEquals(Classification.INCIDENT, imap.classification());
        assertEquals(ServiceHealthStatus.SERVICE_DEGRADATION, imap.status());
        assertFalse(imap.resolved());
        assertEquals(T0, imap.start());
        assertNull(imap.end());
        assertTrue(imap.title().contains("may intermittently be unable"), imap.title());
        assertEquals("Exchange Online", imap.serviceName());
        assertEquals(1, imap.posts().size());
    }

    @Test
    void ex1215307GetsAPostWhileStillOpen() {
        Issue imap = issue(20, ExchangeStories.IMAP);

        assertFalse(imap.resolved());
        assertEquals(2, imap.posts().size());
        assertTrue(imap.posts().get(1).content().contains("being deployed"));
        assertEquals(T0.plusSeconds(10), imap.lastModified());
    }

    @Test
    void ex1215307EndsRestoredWithItsStartRevisedBackSoItLastedExactly559800Seconds() {
        Issue open = issue(44, ExchangeStories.IMAP);
        Issue ended = issue(46, ExchangeStories.IMAP);

        assertEquals(ServiceHealthStatus.SERVICE_RESTORED, ended.status());
        assertTrue(ended.resolved());
        assertEquals(T0.plusSeconds(45), ended.end());
        assertEquals(559_800, Duration.between(ended.start(), ended.end()).getSeconds());
        assertEquals(ended.end().minus(Duration.parse("P6DT11H30M")), ended.start());
        assertTrue(ended.start().isBefore(open.start()), "start moved backwards, as Microsoft did");
        assertTrue(ended.title().contains("may have been unable"), ended.title());
        assertTrue(ended.posts().get(ended.posts().size() - 1).content().contains("final update"));
        assertEquals(ended.end(), ended.lastModified());
    }

    @Test
    void ex1256020IsResolvedBeforeEx1268771AppearsAndEx1268771NamesIt() {
        Issue ongoing = issue(0, ExchangeStories.MAILBOX);
        Issue resolved = issue(34, ExchangeStories.MAILBOX);
        DemoWorld beforeFollowUp = Polls.worldAt(SPEED_1, 34);
        Issue followUp = issue(35, ExchangeStories.MAILBOX_AGAIN);

        assertFalse(ongoing.resolved());
        assertTrue(ongoing.start().isBefore(T0.minus(Duration.ofDays(14))), "open for two weeks before the demo");
        assertTrue(resolved.resolved());
        assertEquals(ServiceHealthStatus.SERVICE_RESTORED, resolved.status());
        assertTrue(beforeFollowUp.issue(ExchangeStories.MAILBOX_AGAIN).isEmpty());
        assertTrue(resolved.end().isBefore(followUp.start()));
        assertEquals(Classification.INCIDENT, followUp.classification());
        assertEquals(ServiceHealthStatus.SERVICE_DEGRADATION, followUp.status());
        String post = followUp.posts().get(0).content();
        assertTrue(post.contains("the impact described in EX1256020 is still occurring"), post);
        assertTrue(post.contains("restarting the Notification Broker service"), post);
    }

    @Test
    void ex1268771StaysOpenThroughTheScriptAndEndsNearItsEnd() {
        assertFalse(issue(84, ExchangeStories.MAILBOX_AGAIN).resolved());
        Issue ended = issue(86, ExchangeStories.MAILBOX_AGAIN);

        assertTrue(ended.resolved());
        assertEquals(T0.plusSeconds(85), ended.end());
        assertEquals(3, ended.posts().size());
    }

    @Test
    void theTeamsAdvisoryIsResolvedThenUnresolvedUnderTheSameId() {
        Issue before = issue(11, AdvisoryStories.TEAMS_CHAT);
        Issue resolved = issue(20, AdvisoryStories.TEAMS_CHAT);
        Issue back = issue(40, AdvisoryStories.TEAMS_CHAT);
        Issue finallyResolved = issue(80, AdvisoryStories.TEAMS_CHAT);

        assertEquals(Classification.ADVISORY, before.classification());
        assertFalse(before.resolved());
        assertTrue(resolved.resolved());
        assertEquals(T0.plusSeconds(12), resolved.end());
        assertFalse(back.resolved());
        assertNull(back.end(), "unresolved again: no end");
        assertEquals(ServiceHealthStatus.SERVICE_DEGRADATION, back.status());
        assertTrue(finallyResolved.resolved());
        assertEquals(Polls.of(SPEED_1, Duration.ofSeconds(90), Duration.ofSeconds(5)).sameIdReopens(),
                java.util.List.of(AdvisoryStories.TEAMS_CHAT), "the only same_id reopen of the script");
    }

    @Test
    void theSharePointAdvisoryIsRaisedToAnIncidentUnderTheSameId() {
        Issue advisory = issue(54, AdvisoryStories.SHAREPOINT_FILES);
        Issue incident = issue(55, AdvisoryStories.SHAREPOINT_FILES);

        assertEquals(Classification.ADVISORY, advisory.classification());
        assertEquals(Classification.INCIDENT, incident.classification());
        assertEquals(ServiceHealthStatus.SERVICE_INTERRUPTION, incident.status());
        assertEquals(advisory.start(), incident.start());
        assertEquals(ServiceHealthStatus.SERVICE_INTERRUPTION,
                Polls.worldAt(SPEED_1, 55).service("SharePoint Online").orElseThrow().status());
        assertTrue(issue(151, AdvisoryStories.SHAREPOINT_FILES).resolved());
    }

    @Test
    void exchangeOnlineIsDegradedWhileAnExchangeIncidentIsOpenAndOthersAreOperationalWithoutIssues() {
        for (Polls.Poll poll : Polls.of(SPEED_1, Duration.ofSeconds(180), Duration.ofSeconds(1)).all()) {
            DemoWorld world = poll.world();
            assertEquals(10, world.services().size());
            for (var service : world.services()) {
                boolean anyOpen = world.issues().stream()
                        .anyMatch(i -> !i.resolved() && i.serviceName().equals(service.serviceName()));
                assertEquals(anyOpen, service.status() != ServiceHealthStatus.SERVICE_OPERATIONAL,
                        service.serviceName() + " at " + poll.at());
            }
            boolean exchangeIncidentOpen = world.issues().stream().anyMatch(i -> !i.resolved()
                    && i.classification() == Classification.INCIDENT && i.serviceName().equals("Exchange Online"));
            if (exchangeIncidentOpen) {
                assertEquals(ServiceHealthStatus.SERVICE_DEGRADATION,
                        world.service("Exchange Online").orElseThrow().status(), "at " + poll.at());
            }
        }
    }

    @Test
    void noTimestampIsEverInTheFuture() {
        for (DemoOptions options : java.util.List.of(SPEED_1, DemoOptions.ofSpeed(4), DemoOptions.ofSpeed(0.5))) {
            for (Polls.Poll poll : Polls.of(options, Duration.ofSeconds(400), Duration.ofMillis(700)).all()) {
                for (Issue issue : poll.world().issues()) {
                    assertFalse(issue.start().isAfter(poll.at()), issue.id());
                    assertFalse(issue.lastModified().isAfter(poll.at()), issue.id());
                    assertTrue(issue.end() == null || !issue.end().isAfter(poll.at()), issue.id());
                    issue.posts().forEach(p -> assertFalse(p.createdAt().isAfter(poll.at()), issue.id()));
                }
                poll.world().messages().forEach(m -> assertFalse(m.lastModified().isAfter(poll.at()), m.id()));
            }
        }
    }

    @Test
    void theSameInstantsAlwaysGiveTheSameWorld() {
        assertEquals(Polls.worldAt(SPEED_1, 47.5), Polls.worldAt(SPEED_1, 47.5));
        assertEquals(Polls.worldAt(DemoOptions.ofSpeed(4), 500), Polls.worldAt(DemoOptions.ofSpeed(4), 500));
    }

    @Test
    void fourTimesTheSpeedPlaysTheSameStoryInAQuarterOfTheTime() {
        DemoWorld slow = Polls.worldAt(SPEED_1, 46);
        DemoWorld fast = Polls.worldAt(DemoOptions.ofSpeed(4), 11.5);

        assertEquals(slow.issues().stream().map(Issue::id).toList(), fast.issues().stream().map(Issue::id).toList());
        Issue imap = fast.issue(ExchangeStories.IMAP).orElseThrow();
        assertTrue(imap.resolved());
        assertEquals(T0.plusSeconds(11), imap.end(), "45 script seconds at speed 4, in whole seconds");
        assertEquals(559_800, Duration.between(imap.start(), imap.end()).getSeconds());
    }

    private static Issue issue(double wallSeconds, String id) {
        return Polls.worldAt(SPEED_1, wallSeconds).issue(id)
                .orElseThrow(() -> new AssertionError(id + " not listed at " + wallSeconds + " s"));
    }
}

package io.github.m365health.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.m365health.demo.DemoClient.Listing;
import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What issue 5 promises a new user within two minutes at speed 1: an open incident, an ended one, a
 * reopen of each kind, and a Message Center deadline, as seen by polls five wall seconds apart.
 */
class RequiredFactsTest {

    @ParameterizedTest(name = "speed {0} by {1} s")
    @CsvSource({"1, 120", "4, 30"})
    void everyRequiredFactHoldsInTime(double speed, long bySeconds) {
        Polls polls = Polls.of(DemoOptions.ofSpeed(speed), Duration.ofSeconds(bySeconds), Duration.ofSeconds(5));
        DemoWorld world = polls.last().world();
        Instant now = polls.last().at();

        assertTrue(world.issues().stream().anyMatch(i -> i.classification() == Classification.INCIDENT && !i.resolved()),
                "an open incident");
        Issue imap = world.issue(ExchangeStories.IMAP).orElseThrow();
        assertTrue(imap.resolved(), "an ended incident");
        assertEquals(559_800, Duration.between(imap.start(), imap.end()).getSeconds());
        assertTrue(polls.sameIdReopens().contains(AdvisoryStories.TEAMS_CHAT), "a same_id reopen");
        assertEquals(Map.of(ExchangeStories.MAILBOX_AGAIN, ExchangeStories.MAILBOX), polls.followUps(),
                "exactly one follow_up reopen, attributed to EX1256020");
        assertTrue(world.messages().stream().anyMatch(m -> m.actionRequiredBy() != null
                        && m.actionRequiredBy().isAfter(now) && (m.end() == null || m.end().isAfter(now))),
                "an active Message Center post with a deadline ahead");
    }

    @ParameterizedTest(name = "speed {0} by {1} s")
    @CsvSource({"1, 120", "4, 30"})
    void theListingsShowTheFactsOverHttp(double speed, long bySeconds) throws Exception {
        MutableClock clock = new MutableClock(Polls.FIRST_POLL);
        try (DemoTenant tenant = DemoTenant.start(DemoOptions.ofSpeed(speed), clock)) {
            DemoClient client = new DemoClient(tenant);
            String token = client.token();
            client.listAll(DemoClient.ISSUES, token, null);
            clock.advance(Duration.ofSeconds(bySeconds));

            Listing issues = client.listAll(DemoClient.ISSUES, token, null);
            JsonNode imap = GraphListingsTest.issue(issues, ExchangeStories.IMAP);
            JsonNode followUp = GraphListingsTest.issue(issues, ExchangeStories.MAILBOX_AGAIN);
            Listing messages = client.listAll(DemoClient.MESSAGES, token, null);

            // Restored, and by the end of the script its post-incident review is published.
            assertTrue(java.util.Set.of("serviceRestored", "postIncidentReviewPublished").contains(imap.get("status").asText()),
                    imap.get("status").asText());
            assertTrue(imap.get("isResolved").asBoolean());
            assertEquals(559_800, Duration.between(Instant.parse(imap.get("startDateTime").asText()),
                    Instant.parse(imap.get("endDateTime").asText())).getSeconds());
            assertTrue(followUp.at("/posts/0/description/content").asText().contains(ExchangeStories.MAILBOX));
            assertTrue(issues.items().stream().anyMatch(i -> i.get("classification").asText().equals("incident")
                    && !i.get("isResolved").asBoolean()), "an open incident");
            assertTrue(messages.items().stream().anyMatch(m -> !m.get("actionRequiredByDateTime").isNull()
                    && Instant.parse(m.get("actionRequiredByDateTime").asText()).isAfter(clock.instant())));
        }
    }
}

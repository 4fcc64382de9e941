package io.github.m365health.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.m365health.demo.DemoClient.Listing;
import io.github.m365health.demo.DemoClient.Reply;
import io.github.m365health.testing.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GraphListingsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-03T12:00:00Z"));
    private DemoTenant tenant;
    private DemoClient client;

    @BeforeEach
    void start() {
        tenant = DemoTenant.start(DemoOptions.defaults(), clock);
        client = new DemoClient(tenant);
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void refusesAListingWithoutABearerToken() throws Exception {
        Reply reply = client.get(DemoClient.ISSUES, null);

        assertEquals(401, reply.status());
        assertEquals("InvalidAuthenticationToken", reply.json().at("/error/code").asText());
        assertTrue(reply.json().at("/error/innerError/request-id").isTextual());
        assertTrue(reply.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void refusesATokenItNeverIssued() throws Exception {
        Reply reply = client.get(DemoClient.HEALTH_OVERVIEWS, "eyJ0eXAiOiJKV1QiLCJub3QiOiJpc3N1ZWQifQ");

        assertEquals(401, reply.status());
        assertEquals("InvalidAuthenticationToken", reply.json().at("/error/code").asText());
    }

    @Test
    void refusesATokenOnceItsLifetimeIsOver() throws Exception {
        String token = client.token();
        assertEquals(200, client.get(DemoClient.MESSAGES, token).status());

        clock.advance(Duration.ofSeconds(3599));

        assertEquals(401, client.get(DemoClient.MESSAGES, token).status());
    }

    @Test
    void followingNextLinksCollectsEveryIssueExactlyOnce() throws Exception {
        String token = client.token();
        Set<String> expected = new HashSet<>();
        Listing listing = client.listAll(DemoClient.ISSUES, token, "odata.maxpagesize=1000");
        tenantWorldNow().issues().forEach(i -> expected.add(i.id()));

        List<String> ids = listing.items().stream().map(i -> i.get("id").asText()).toList();
        assertEquals(expected, new HashSet<>(ids));
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no issue twice");
        assertFalse(listing.nextLinks().isEmpty(), "more issues than one demo page, so paging is exercised");
    }

    @Test
    void everyNextLinkIsAbsoluteOnTheServersOwnOrigin() throws Exception {
        String token = client.token();
        for (String path : List.of(DemoClient.HEALTH_OVERVIEWS, DemoClient.ISSUES, DemoClient.MESSAGES)) {
            Listing listing = client.listAll(path, token, null);

            assertFalse(listing.nextLinks().isEmpty(), path + " pages");
            for (URI link : listing.nextLinks()) {
                assertEquals(tenant.origin(), URI.create(link.getScheme() + "://" + link.getRawAuthority()), link.toString());
                assertEquals(path, link.getPath());
                assertTrue(link.getRawQuery().startsWith("$skiptoken="), link.toString());
            }
        }
    }

    @Test
    void capsPagesAtTheDemoPageSizeAndHonoursSmallerPreferences() throws Exception {
        String token = client.token();

        Reply large = client.get(tenant.origin().resolve(DemoClient.HEALTH_OVERVIEWS), token, "odata.maxpagesize=1000");
        Reply small = client.get(tenant.origin().resolve(DemoClient.HEALTH_OVERVIEWS), token, "odata.maxpagesize=2");

        assertEquals(GraphListings.DEMO_PAGE_SIZE, large.json().get("value").size());
        assertEquals(2, small.json().get("value").size());
        assertEquals("odata.maxpagesize=2", small.raw().headers().firstValue("Preference-Applied").orElse(""));
        assertEquals(DemoCatalog.SERVICES.size(),
                client.listAll(DemoClient.HEALTH_OVERVIEWS, token, "odata.maxpagesize=2").items().size());
    }

    @Test
    void laterPagesComeFromTheSnapshotTakenAtTheFirstPage() throws Exception {
        String token = client.token();
        Reply first = client.get(tenant.origin().resolve(DemoClient.ISSUES), token, null);
        Set<String> atFirstPage = new HashSet<>();
        first.json().get("value").forEach(i -> atFirstPage.add(i.get("id").asText()));
        URI next = URI.create(first.json().get("@odata.nextLink").asText());

        // EX1268771 opens and EX1215307 ends in the meantime; the listing under way must not see it.
        clock.advance(Duration.ofSeconds(60));
        Reply second = client.get(next, token, null);
        second.json().get("value").forEach(i -> atFirstPage.add(i.get("id").asText()));

        assertFalse(atFirstPage.contains(ExchangeStories.MAILBOX_AGAIN));
        Set<String> fresh = new HashSet<>();
        client.listAll(DemoClient.ISSUES, token, null).items().forEach(i -> fresh.add(i.get("id").asText()));
        assertTrue(fresh.contains(ExchangeStories.MAILBOX_AGAIN), "a new listing sees the world as it is now");
    }

    @Test
    void refusesASkipTokenItNeverIssued() throws Exception {
        String token = client.token();

        Reply reply = client.get(tenant.origin().resolve(DemoClient.ISSUES + "?$skiptoken=zz.5"), token, null);

        assertEquals(400, reply.status());
        assertNotNull(reply.json().at("/error/code").asText());
    }

    @Test
    void theScriptStartsAtTheFirstPollNotAtServerStart() throws Exception {
        clock.advance(Duration.ofMinutes(10));
        String token = client.token();

        JsonNode imap = issue(client.listAll(DemoClient.ISSUES, token, null), ExchangeStories.IMAP);

        assertFalse(imap.get("isResolved").asBoolean(), "EX1215307 is still open at the first poll");
        assertEquals(clock.instant().toString(), imap.get("startDateTime").asText());
    }

    private DemoWorld tenantWorldNow() {
        return new DemoScenario(DemoOptions.defaults()).worldAt(clock.instant(), clock.instant());
    }

    static JsonNode issue(Listing listing, String id) {
        return listing.items().stream().filter(i -> i.get("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not listed"));
    }
}

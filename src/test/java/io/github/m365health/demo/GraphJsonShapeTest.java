package io.github.m365health.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.m365health.demo.DemoClient.Listing;
import io.github.m365health.demo.DemoClient.Reply;
import io.github.m365health.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The listings' JSON as graph-api.md §3 shows Graph's: names, camelCase enums and explicit nulls. */
class GraphJsonShapeTest {

    private static final Set<String> ISSUE_FIELDS = Set.of("startDateTime", "endDateTime", "lastModifiedDateTime",
            "title", "id", "impactDescription", "classification", "origin", "status", "service", "feature",
            "featureGroup", "isResolved", "details", "posts");
    private static final Set<String> MESSAGE_FIELDS = Set.of("startDateTime", "endDateTime", "lastModifiedDateTime",
            "title", "id", "category", "severity", "tags", "isMajorChange", "actionRequiredByDateTime", "services",
            "details", "body", "viewPoint", "hasAttachments");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-03T12:00:00Z"));
    private DemoTenant tenant;
    private DemoClient client;
    private String token;

    @BeforeEach
    void start() throws Exception {
        tenant = DemoTenant.start(DemoOptions.defaults(), clock);
        client = new DemoClient(tenant);
        token = client.token();
    }

    @AfterEach
    void stop() {
        tenant.close();
    }

    @Test
    void healthOverviewsCarryServiceStatusAndIdWithItsContext() throws Exception {
        Reply page = client.get(DemoClient.HEALTH_OVERVIEWS, token);

        assertEquals(tenant.origin() + "/v1.0/$metadata#admin/serviceAnnouncement/healthOverviews",
                page.json().get("@odata.context").asText());
        assertTrue(page.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode exchange = client.listAll(DemoClient.HEALTH_OVERVIEWS, token, null).items().get(0);
        assertEquals("Exchange Online", exchange.get("service").asText());
        assertEquals("Exchange", exchange.get("id").asText());
        assertEquals("serviceDegradation", exchange.get("status").asText());
        assertEquals(Set.of("service", "status", "id"), names(exchange));
    }

    @Test
    void issuesUseGraphsFieldNamesCamelCaseEnumsAndNullForAnOpenEnd() throws Exception {
        Listing issues = client.listAll(DemoClient.ISSUES, token, null);
        JsonNode imap = GraphListingsTest.issue(issues, ExchangeStories.IMAP);

        assertTrue(names(imap).containsAll(ISSUE_FIELDS), names(imap).toString());
        assertEquals("incident", imap.get("classification").asText());
        assertEquals("microsoft", imap.get("origin").asText());
        assertEquals("serviceDegradation", imap.get("status").asText());
        assertTrue(imap.get("endDateTime").isNull(), "an open issue has endDateTime null, not absent");
        assertTrue(imap.get("isResolved").isBoolean());
        assertEquals("IMAP4", imap.get("feature").asText());
        JsonNode post = imap.get("posts").get(0);
        assertEquals("regular", post.get("postType").asText());
        assertEquals("html", post.at("/description/contentType").asText());
        assertTrue(post.at("/description/content").asText().contains("IMAP4"));
        assertEquals(clock.instant().toString(), post.get("createdDateTime").asText());
        JsonNode sharePoint = GraphListingsTest.issue(issues, AdvisoryStories.SHAREPOINT_FILES);
        assertEquals("advisory", sharePoint.get("classification").asText());
        assertEquals("investigating", sharePoint.get("status").asText());
    }

    @Test
    void messagesUseCamelCaseEnumsAndSendNullablePropertiesAsNull() throws Exception {
        Listing messages = client.listAll(DemoClient.MESSAGES, token, null);
        JsonNode smtp = message(messages, MessageCenterStories.SMTP_RETIREMENT);
        JsonNode reports = message(messages, MessageCenterStories.ADMIN_REPORTS);
        JsonNode officeFiles = message(messages, MessageCenterStories.OFFICE_FILES);

        assertTrue(names(smtp).containsAll(MESSAGE_FIELDS), names(smtp).toString());
        assertEquals("planForChange", smtp.get("category").asText());
        assertEquals("high", smtp.get("severity").asText());
        assertTrue(smtp.get("isMajorChange").asBoolean());
        assertEquals("2026-04-06T12:00:00Z", smtp.get("actionRequiredByDateTime").asText());
        assertEquals("html", smtp.at("/body/contentType").asText());
        assertTrue(reports.get("services").isNull(), "no services: null, as Graph sends it");
        assertTrue(reports.get("isMajorChange").isNull());
        assertTrue(reports.get("endDateTime").isNull());
        assertTrue(reports.get("viewPoint").isNull(), "null with application permissions");
        assertEquals("stayInformed", officeFiles.get("category").asText());
        assertEquals("normal", officeFiles.get("severity").asText());
        assertTrue(officeFiles.get("actionRequiredByDateTime").isNull());
        assertEquals(List.of("SharePoint Online", "OneDrive for Business"), strings(officeFiles.get("services")));
    }

    private static JsonNode message(Listing listing, String id) {
        return listing.items().stream().filter(m -> m.get("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not listed"));
    }

    private static Set<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        assertFalse(names.isEmpty());
        return Set.copyOf(names);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}

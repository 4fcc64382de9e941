package io.github.m365health.graph;

import io.github.m365health.testing.LogCapture;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssuePost;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.health.Origin;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Graph's sample responses (graph-api.md §3) read into exact domain values. */
class GraphParsingTest {

    @RegisterExtension
    static WireMockExtension server = GraphTestKit.newServer();

    private GraphTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new GraphTestKit(server);
        kit.stubToken("token-1", 3599);
    }

    @Test
    void readsTheHealthOverviewsSample() throws Exception {
        kit.stubGraph(GraphTestKit.HEALTH_OVERVIEWS, "health-overviews.json");

        assertEquals(List.of(
                new ServiceHealth("Exchange", "Exchange Online", ServiceHealthStatus.SERVICE_DEGRADATION),
                new ServiceHealth("OrgLiveID", "Identity Service", ServiceHealthStatus.SERVICE_RESTORED),
                new ServiceHealth("OSDPPlatform", "Microsoft 365 suite", ServiceHealthStatus.SERVICE_OPERATIONAL)),
                kit.client().listHealthOverviews(kit.deadline()));
    }

    @Test
    void readsEx1215307WithItsRevisedStartAndItsEnd() throws Exception {
        Issue issue = issuesSample().get("EX1215307");

        assertEquals(new Issue("EX1215307",
                "Some users may have been unable to access their mailboxes using Internet Mailbox Access Protocol 4 (IMAP4)",
                "Exchange Online", "IMAP4", "E-Mail and calendar access",
                Classification.INCIDENT, Origin.MICROSOFT, ServiceHealthStatus.SERVICE_RESTORED, true,
                "Users may have intermittently been unable to access their mailboxes using IMAP4.",
                Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-08T11:30:00Z"),
                Instant.parse("2026-01-08T12:34:33Z"),
                List.of(new IssuePost(Instant.parse("2026-01-08T05:45:28Z"), "regular",
                                "Title: Some users may intermittently be unable to access their mailboxes using Internet"
                                        + " Mailbox Access Protocol 4 (IMAP4)\nCurrent status: A configuration fix has been"
                                        + " validated and is being deployed to the impacted environments."),
                        new IssuePost(Instant.parse("2026-01-08T12:34:33Z"), "regular",
                                "Title: Some users may have been unable to access their mailboxes using Internet Mailbox"
                                        + " Access Protocol 4 (IMAP4)\nFinal status: The configuration change is deployed on"
                                        + " the affected servers and monitoring confirms impact is remediated.\nStart time:"
                                        + " Friday, January 2, 2026, at 12:00 AM UTC\nEnd time: Thursday, January 8, 2026,"
                                        + " at 11:30 AM UTC\nThis is the final update for the event."))),
                issue);
    }

    @Test
    void readsEx1268771AsOpenWithAPostNamingEx1256020() throws Exception {
        Issue issue = issuesSample().get("EX1268771");

        assertEquals(ServiceHealthStatus.SERVICE_DEGRADATION, issue.status());
        assertEquals(false, issue.resolved());
        assertEquals(null, issue.end());
        assertEquals(Instant.parse("2026-04-02T19:14:14Z"), issue.start());
        assertEquals(Instant.parse("2026-04-03T10:05:00Z"), issue.lastModified());
        assertEquals(1, issue.posts().size());
        assertEquals(Instant.parse("2026-04-02T19:30:00Z"), issue.posts().get(0).createdAt());
        assertTrue(issue.posts().get(0).content().contains("the impact described in EX1256020 is still occurring"));
    }

    @Test
    void readsBothIssuePagesInOrder() throws Exception {
        assertEquals(List.of("EX1268771", "EX1256020", "EX1215307", "EX226792"), List.copyOf(issuesSample().keySet()));
        Issue old = issuesSample().get("EX226792");
        assertEquals(Instant.parse("2020-11-14T18:20:24.767Z"), old.lastModified());
        assertEquals(Instant.parse("2020-11-12T07:07:38.970Z"), old.posts().get(0).createdAt());
    }

    @Test
    void readsTheMessagesSampleWithAndWithoutADeadline() throws Exception {
        kit.stubGraph(GraphTestKit.MESSAGES, "messages-page1.json");
        server.stubFor(get(urlPathEqualTo(GraphTestKit.MESSAGES)).withQueryParam("$skip", equalTo("100"))
                .willReturn(okJson("{\"value\":[]}")));

        Map<String, Message> messages = byId(kit.client().listMessages(kit.deadline()), Message::id);

        assertEquals(new Message("MC172851", "(Updated) New feature: Changes to PowerPoint and Word to open files faster",
                Instant.parse("2019-02-01T18:51:00Z"), Instant.parse("2019-06-01T08:00:00Z"),
                Instant.parse("2021-01-08T01:10:06.843Z"), MessageCategory.STAY_INFORMED, MessageSeverity.NORMAL, true,
                null, List.of("SharePoint Online", "OneDrive for Business"), List.of("Updated message"),
                "Updated January 07, 2021: rollout paused for further code changes; the post will be updated when it restarts."),
                messages.get("MC172851"));
        assertEquals(new Message("MC9999001", "SYNTHETIC EXAMPLE: Exchange Online setting retirement",
                Instant.parse("2026-03-30T17:00:00Z"), Instant.parse("2026-07-31T07:00:00Z"),
                Instant.parse("2026-03-30T17:05:12Z"), MessageCategory.PLAN_FOR_CHANGE, MessageSeverity.HIGH, true,
                Instant.parse("2026-06-30T00:00:00Z"), List.of("Exchange Online"), List.of("Retirement", "Admin impact"),
                "<p>Synthetic body for parser tests.</p>"),
                messages.get("MC9999001"));
    }

    @Test
    void readsPascalCaseEnumsAsTheDocsPrintThem() throws Exception {
        kit.stubGraph(GraphTestKit.ISSUES, "issues-pascalcase.json");
        kit.stubGraph(GraphTestKit.MESSAGES, "messages-pascalcase.json");
        kit.stubGraph(GraphTestKit.HEALTH_OVERVIEWS, "health-overviews-pascalcase.json");
        GraphApi client = kit.client();

        List<Issue> issues = client.listIssues(kit.deadline());
        Message message = client.listMessages(kit.deadline()).get(0);
        List<ServiceHealth> services = client.listHealthOverviews(kit.deadline());

        assertEquals(List.of(ServiceHealthStatus.SERVICE_RESTORED, ServiceHealthStatus.SERVICE_DEGRADATION),
                issues.stream().map(Issue::status).toList());
        assertEquals(List.of(Classification.INCIDENT, Classification.ADVISORY), issues.stream().map(Issue::classification).toList());
        assertEquals(List.of(Origin.MICROSOFT, Origin.THIRD_PARTY), issues.stream().map(Issue::origin).toList());
        assertEquals("regular", issues.get(0).posts().get(0).postType());
        assertEquals(MessageCategory.PLAN_FOR_CHANGE, message.category());
        assertEquals(MessageSeverity.HIGH, message.severity());
        assertEquals(List.of(ServiceHealthStatus.SERVICE_DEGRADATION, ServiceHealthStatus.SERVICE_OPERATIONAL),
                services.stream().map(ServiceHealth::status).toList());
    }

    @Test
    void missingOrNullOptionalIssueFieldsGetTheirDefaults() throws Exception {
        kit.stubGraph(GraphTestKit.ISSUES, "issues-missing-optional.json");

        List<Issue> issues = kit.client().listIssues(kit.deadline());

        assertEquals(2, issues.size());
        for (Issue issue : issues) {
            assertEquals(null, issue.end());
            assertEquals("", issue.title());
            assertEquals("", issue.feature());
            assertEquals("", issue.featureGroup());
            assertEquals("", issue.impactDescription());
        }
        assertEquals(List.of(), issues.get(0).posts());
        assertEquals(List.of(new IssuePost(Instant.parse("2026-04-02T19:30:00Z"), "unknown", "")), issues.get(1).posts());
    }

    @Test
    void missingOrNullOptionalMessageFieldsGetTheirDefaults() throws Exception {
        kit.stubGraph(GraphTestKit.MESSAGES, "messages-missing-optional.json");

        List<Message> messages = kit.client().listMessages(kit.deadline());

        assertEquals(2, messages.size());
        for (Message message : messages) {
            assertEquals(null, message.end());
            assertEquals(null, message.actionRequiredBy());
            assertEquals(false, message.majorChange());
            assertEquals(List.of(), message.services());
            assertEquals(List.of(), message.tags());
        }
        assertEquals("", messages.get(0).title());
    }

    @Test
    void unknownEnumValuesBecomeUnknownAndAreLoggedOncePerTypeAndValue() throws Exception {
        kit.stubGraph(GraphTestKit.ISSUES, "issues-unknown-enums.json");
        kit.stubGraph(GraphTestKit.MESSAGES, "messages-unknown-enums.json");
        GraphApi client = kit.client();

        List<Issue> issues;
        Message message;
        try (LogCapture log = LogCapture.of("io.github.m365health.graph", Level.WARNING)) {
            issues = client.listIssues(kit.deadline());
            client.listIssues(kit.deadline());
            message = client.listMessages(kit.deadline()).get(0);

            assertEquals(1, log.withParam(Level.WARNING, "value", "serviceFlapping").size());
            assertEquals(1, log.withParam(Level.WARNING, "value", "SERVICEFLAPPING").size());
            assertEquals(1, log.withParam(Level.WARNING, "value", "outage").size());
            assertEquals(1, log.withParam(Level.WARNING, "value", "unknownFutureValue").size());
            assertEquals(1, log.withParam(Level.WARNING, "value", "partner").size());
            assertEquals(1, log.withParam(Level.WARNING, "value", "detailed").size());
            assertEquals(1, log.withParam(Level.WARNING, "value", "celebrate").size());
            assertEquals(1, log.withParam(Level.WARNING, "value", "catastrophic").size());
            assertEquals(8, log.records().size(), log.text());
        }

        assertEquals(List.of(ServiceHealthStatus.UNKNOWN, ServiceHealthStatus.UNKNOWN, ServiceHealthStatus.UNKNOWN),
                issues.stream().map(Issue::status).toList());
        assertEquals(List.of(Classification.UNKNOWN, Classification.INCIDENT, Classification.UNKNOWN),
                issues.stream().map(Issue::classification).toList());
        assertEquals(Origin.UNKNOWN, issues.get(0).origin());
        assertEquals("unknown", issues.get(0).posts().get(0).postType());
        assertEquals(MessageCategory.UNKNOWN, message.category());
        assertEquals(MessageSeverity.UNKNOWN, message.severity());
    }

    @Test
    void skipsItemsMissingARequiredFieldWithOneWarningEach() throws Exception {
        kit.stubGraph(GraphTestKit.ISSUES, "issues-missing-required.json");

        try (LogCapture log = LogCapture.of("io.github.m365health.graph", Level.WARNING)) {
            List<Issue> issues = kit.client().listIssues(kit.deadline());

            assertEquals(List.of("EX9999023"), issues.stream().map(Issue::id).toList());
            assertEquals(4, log.records().size(), log.text());
            assertEquals(1, log.withParam(Level.WARNING, "id", "EX9999020").size());
            assertEquals(1, log.withParam(Level.WARNING, "reason", "missing startDateTime").size());
            assertEquals(1, log.withParam(Level.WARNING, "index", 1).size());
            assertEquals(1, log.withParam(Level.WARNING, "reason", "missing id").size());
            assertEquals(1, log.withParam(Level.WARNING, "reason", "unreadable lastModifiedDateTime").size());
            assertEquals(1, log.withParam(Level.WARNING, "reason", "missing service").size());
        }
    }

    @Test
    void skipsAnItemOfTheWrongShapeButKeepsTheRest() throws Exception {
        server.stubFor(get(urlPathEqualTo(GraphTestKit.HEALTH_OVERVIEWS)).withQueryParam("$skip", absent()).willReturn(okJson(
                "{\"value\":[\"Exchange\",{\"id\":\"Teams\",\"service\":\"Microsoft Teams\",\"status\":{\"nested\":1}},"
                        + "{\"id\":\"Exchange\",\"service\":\"Exchange Online\",\"status\":\"serviceOperational\"}]}")));

        assertEquals(List.of(new ServiceHealth("Exchange", "Exchange Online", ServiceHealthStatus.SERVICE_OPERATIONAL)),
                kit.client().listHealthOverviews(kit.deadline()));
    }

    private Map<String, Issue> issuesSample() throws GraphException {
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).withQueryParam("$skip", absent())
                .willReturn(okJson(kit.fixture("issues-page1.json"))));
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).withQueryParam("$skip", equalTo("100"))
                .willReturn(okJson(kit.fixture("issues-page2.json"))));
        return byId(kit.client().listIssues(kit.deadline()), Issue::id);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, item -> item, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}

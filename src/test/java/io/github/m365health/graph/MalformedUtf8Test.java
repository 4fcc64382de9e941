package io.github.m365health.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.m365health.health.Issue;
import io.github.m365health.testing.LogCapture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A byte that is not UTF-8 in one title used to fail the whole issues listing ({@code m365_up} 0,
 * the tenant blind). It is read as U+FFFD, the listing is kept, and it is logged once per listing.
 */
class MalformedUtf8Test {

    private static final String EX1268771_TITLE =
            "Users may be intermittently unable to access their Exchange Online mailboxes in some connection methods.";
    private static final String EX226792_TITLE =
            "Limited number of users unable to send or receive email through the Exchange Online service";

    @RegisterExtension
    static WireMockExtension server = GraphTestKit.newServer();

    private GraphTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new GraphTestKit(server);
        kit.stubToken("token-1", 3599);
    }

    @Test
    void readsABadByteInATitleAsTheReplacementCharacterAndKeepsTheListing() throws Exception {
        // 0xC3 starts a two-byte sequence that "(" (0x28) cannot continue: a truncated "é".
        byte[] page = withBytesInTitle(kit.fixture("issues-page2.json"), EX226792_TITLE, "Limited", new byte[] {(byte) 0xC3});
        issuesAnswer(page, null);

        List<Issue> issues;
        try (LogCapture log = LogCapture.of("io.github.m365health", Level.WARNING)) {
            issues = kit.client().listIssues(kit.deadline());

            assertEquals(1, warningsAboutUtf8(log).size());
        }
        assertEquals(1, issues.size());
        assertEquals("Limited\uFFFD number of users unable to send or receive email through the Exchange Online service",
                issues.get(0).title());
    }

    @Test
    void logsOncePerListingHoweverManyPagesAndBytesAreBad() throws Exception {
        byte[] first = withBytesInTitle(kit.fixture("issues-page1.json"), EX1268771_TITLE, "Users",
                new byte[] {(byte) 0xFF, (byte) 0xFE});
        byte[] second = withBytesInTitle(kit.fixture("issues-page2.json"), EX226792_TITLE, "Limited",
                new byte[] {(byte) 0x80});
        issuesAnswer(first, second);

        try (LogCapture log = LogCapture.of("io.github.m365health", Level.WARNING)) {
            List<Issue> issues = kit.client().listIssues(kit.deadline());

            assertEquals(4, issues.size(), "every issue of both pages");
            List<LogRecord> warnings = warningsAboutUtf8(log);
            assertEquals(1, warnings.size(), log.text());
            assertEquals(List.of("tenant", "contoso", "endpoint", "issues", "pages", 2),
                    List.of(warnings.get(0).getParameters()));
            assertTrue(issues.stream().anyMatch(i -> i.title().equals("Users\uFFFD\uFFFD may be intermittently unable"
                    + " to access their Exchange Online mailboxes in some connection methods.")));
        }
    }

    @Test
    void aCleanListingLogsNothing() throws Exception {
        kit.stubGraph(GraphTestKit.ISSUES, "issues-page2.json");

        try (LogCapture log = LogCapture.of("io.github.m365health", Level.WARNING)) {
            kit.client().listIssues(kit.deadline());

            assertEquals(List.of(), warningsAboutUtf8(log));
        }
    }

    private static List<LogRecord> warningsAboutUtf8(LogCapture log) {
        return log.records().stream().filter(r -> r.getMessage().contains("UTF-8")).toList();
    }

    /** The page as UTF-8 bytes with {@code bad} inserted after {@code after} in the given title. */
    private static byte[] withBytesInTitle(String page, String title, String after, byte[] bad) {
        int at = page.indexOf(title);
        assertTrue(at >= 0, "the fixture has the title " + title);
        byte[] head = page.substring(0, at + after.length()).getBytes(StandardCharsets.UTF_8);
        byte[] tail = page.substring(at + after.length()).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(bad);
        out.writeBytes(tail);
        return out.toByteArray();
    }

    private void issuesAnswer(byte[] firstPage, byte[] secondPage) {
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).withQueryParam("$skip", absent())
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(firstPage)));
        if (secondPage != null) {
            server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES)).withQueryParam("$skip", equalTo("100"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(secondPage)));
        }
    }
}

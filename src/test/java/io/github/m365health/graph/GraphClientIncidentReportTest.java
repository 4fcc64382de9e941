package io.github.m365health.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.m365health.config.TenantConfig;
import io.github.m365health.health.IncidentReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET issues/{id}/incidentReport: Graph's file stream, with the listings' token, retries and size cap. */
class GraphClientIncidentReportTest {

    private static final String REPORT = GraphTestKit.ISSUES + "/EX1215307/incidentReport";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static WireMockExtension server = GraphTestKit.newServer();

    private GraphTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new GraphTestKit(server);
        kit.stubToken("token-1", 3599);
    }

    @Test
    void returnsTheDocumentAndItsContentTypeAsGraphSentThem() throws Exception {
        server.stubFor(get(urlPathEqualTo(REPORT)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(PDF)));

        IncidentReport report = kit.client().incidentReport("EX1215307", kit.deadline()).orElseThrow();

        assertArrayEquals(PDF, report.document());
        assertEquals("application/pdf", report.contentType());
        server.verify(getRequestedFor(urlPathEqualTo(REPORT)).withHeader("Authorization", equalTo("Bearer token-1")));
        assertEquals(List.of("200"), kit.telemetry.codes(GraphEndpoint.ISSUES));
    }

    @Test
    void aNotFoundMeansNoReviewYetAndIsNoError() throws Exception {
        server.stubFor(get(urlPathEqualTo(REPORT)).willReturn(aResponse().withStatus(404).withBody(
                "{\"error\":{\"code\":\"itemNotFound\",\"message\":\"Not found\"}}")));

        assertEquals(Optional.empty(), kit.client().incidentReport("EX1215307", kit.deadline()));
        server.verify(1, getRequestedFor(urlPathEqualTo(REPORT)));
    }

    @Test
    void aServerErrorIsRetriedThenReportedAsAFailure() {
        server.stubFor(get(urlPathEqualTo(REPORT)).willReturn(aResponse().withStatus(500).withBody(
                "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"boom\"}}")));

        GraphException e = assertThrows(GraphException.class, () -> kit.client().incidentReport("EX1215307", kit.deadline()));

        assertEquals(500, e.httpStatus());
        server.verify(RetryPolicy.DEFAULT.maxAttempts(), getRequestedFor(urlPathEqualTo(REPORT)));
        assertEquals(RetryPolicy.DEFAULT.maxAttempts() - 1, kit.sleeper.waits().size(), "waits come from the injected sleeper");
    }

    @Test
    void aDocumentOverTheSizeCapIsRefused() {
        server.stubFor(get(urlPathEqualTo(REPORT)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(new byte[4096])));
        TenantConfig tenant = kit.secretTenant();
        RetryingHttp capped = new RetryingHttp(kit.http, RetryPolicy.DEFAULT, kit.sleeper, kit.clock, new Random(1),
                kit.telemetry.telemetry(), "contoso", 1024);
        PageParser parser = new PageParser("contoso");
        GraphClient client = new GraphClient(HttpUrl.get(kit.baseUrl), GraphClients.tokenSource(tenant, capped), capped,
                parser, new GraphItems(new WireValues("contoso")));

        GraphException e = assertThrows(GraphException.class, () -> client.incidentReport("EX1215307", kit.deadline()));

        assertEquals("response_too_large", e.errorCode());
    }

    @Test
    void anIdIsOnePathSegmentAndCannotReshapeThePath() throws Exception {
        server.stubFor(get(urlPathEqualTo(GraphTestKit.ISSUES + "/..%2Fmessages/incidentReport"))
                .willReturn(aResponse().withStatus(404)));

        assertEquals(Optional.empty(), kit.client().incidentReport("../messages", kit.deadline()));
        server.verify(1, getRequestedFor(urlPathEqualTo(GraphTestKit.ISSUES + "/..%2Fmessages/incidentReport")));
    }
}

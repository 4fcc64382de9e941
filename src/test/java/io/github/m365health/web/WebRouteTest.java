package io.github.m365health.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.metrics.StoryStates;
import io.github.m365health.health.TenantState;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebRouteTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private final List<TenantState> states = StoryStates.twoTenants();
    private final ExporterMetrics metrics = new ExporterMetrics(() -> states, new BuildInfo("1", "r", "17"));
    private WebServer server;

    @AfterEach
    void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    private WebServer.Builder builder() {
        return WebServer.builder(ANY_LOOPBACK_PORT, "/metrics", metrics, () -> states);
    }

    /** Answers with what it was given, so a test can see what a route receives. */
    private static WebRoute echo(String name) {
        return (request, response) -> response.header("X-Route", name).send(200, WebResponse.TEXT,
                name + " " + request.method() + " " + request.path() + " " + request.query()
                        + " after=" + request.pathAfter("/issues".equals(name) || name.startsWith("/issues") ? "/issues" : name)
                        + " accept=" + request.header("accept").orElse("-") + "\n");
    }

    @Test
    void servesARegisteredPrefixAndEverythingBelowIt() throws Exception {
        server = builder().route("/issues", echo("/issues")).start();

        HttpResponse<String> list = HttpFetch.get(server.address(), "/issues?tenant=a&tenant=b&q=caf%C3%A9", "Accept", "text/html");
        assertEquals(200, list.statusCode());
        assertEquals("/issues GET /issues {tenant=[a, b], q=[café]} after= accept=text/html\n", list.body());
        assertEquals("/issues", list.headers().firstValue("X-Route").orElse(""));

        HttpResponse<String> one = HttpFetch.get(server.address(), "/issues/contoso/EX1215307.md");
        assertEquals("/issues GET /issues/contoso/EX1215307.md {} after=contoso/EX1215307.md accept=-\n", one.body());

        assertEquals(404, HttpFetch.get(server.address(), "/issuesx").statusCode());
    }

    @Test
    void theLongestMatchingPrefixWins() throws Exception {
        server = builder().route("/issues", echo("/issues")).route("/issues/special", echo("/issues/special")).start();

        assertTrue(HttpFetch.get(server.address(), "/issues/special/x").body().startsWith("/issues/special GET"));
        assertTrue(HttpFetch.get(server.address(), "/issues/specialist").body().startsWith("/issues GET"));
    }

    @Test
    void registeredRoutesAnswerOnlyGetAndHead() throws Exception {
        server = builder().route("/reports/sla", echo("/reports/sla")).start();

        HttpResponse<String> post = HttpFetch.send("POST", server.address(), "/reports/sla");
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> head = HttpFetch.send("HEAD", server.address(), "/reports/sla");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals("/reports/sla", head.headers().firstValue("X-Route").orElse(""));
    }

    @Test
    void streamsAnAnswerOfUnknownLength() throws Exception {
        server = builder().route("/big", (request, response) -> {
            try (OutputStream out = response.stream(200, WebResponse.TEXT)) {
                for (int i = 0; i < 10_000; i++) {
                    out.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }).start();

        HttpResponse<String> response = HttpFetch.get(server.address(), "/big");

        assertEquals(10_000, response.body().lines().count());
        assertEquals("chunked", response.headers().firstValue("Transfer-Encoding").orElse(""));
    }

    @Test
    void aRouteThatFailsBeforeWritingAnswers500WithoutDetails() throws Exception {
        server = builder().route("/broken", (request, response) -> {
            response.header("X-Half", "set");
            throw new IllegalStateException("secret internals");
        }).start();

        HttpResponse<String> response = HttpFetch.get(server.address(), "/broken");

        assertEquals(500, response.statusCode());
        assertEquals("Internal error\n", response.body());
        assertTrue(response.headers().firstValue("X-Half").isEmpty());
    }

    @Test
    void refusesPrefixesThatAreMalformedOrTaken() {
        WebRoute route = echo("x");
        for (String prefix : List.of("issues", "/issues/", "/metrics", "/", "/-/healthy", "/-/ready", "/a?b")) {
            assertThrows(IllegalArgumentException.class, () -> builder().route(prefix, route), prefix);
        }
        assertThrows(IllegalArgumentException.class, () -> builder().route("/issues", route).route("/issues", route));
    }

    @Test
    void sendsAClearErrorWhenThePortIsTaken() throws IOException {
        server = builder().start();
        InetSocketAddress taken = server.address();

        IOException e = assertThrows(IOException.class,
                () -> WebServer.start(taken, "/metrics", metrics, () -> states));

        assertTrue(e.getMessage().startsWith("cannot listen on " + taken + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }

    @Test
    void anAnswerInPartsArrivesWholeWithItsLengthAndNotChunked() throws Exception {
        // Parts are gathered into writes of a fixed size: mixed sizes end a write inside a part,
        // exactly at its end, and inside parts longer than a write.
        java.util.Random random = new java.util.Random(7);
        List<byte[]> parts = new java.util.ArrayList<>();
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 400; i++) {
            int size = i % 37 == 0 ? WebResponse.GATHERED_WRITE / 4 + random.nextInt(WebResponse.GATHERED_WRITE) : random.nextInt(3_000);
            byte[] part = new byte[size];
            for (int k = 0; k < size; k++) {
                part[k] = (byte) ('a' + random.nextInt(26));
            }
            parts.add(part);
            expected.write(part);
        }
        server = builder().route("/parts", (request, response) -> response.sendParts(200, WebResponse.TEXT, parts)).start();

        HttpResponse<String> answer = HttpFetch.get(server.address(), "/parts");
        assertEquals(200, answer.statusCode());
        assertEquals(expected.toString(StandardCharsets.US_ASCII), answer.body());
        assertEquals(String.valueOf(expected.size()), answer.headers().firstValue("Content-Length").orElse(""));
        assertTrue(answer.headers().firstValue("Transfer-Encoding").isEmpty(), "sent with its length, not chunked");

        HttpResponse<String> head = HttpFetch.send("HEAD", server.address(), "/parts");
        assertEquals("", head.body());
        assertEquals(String.valueOf(expected.size()), head.headers().firstValue("Content-Length").orElse(""));
    }
}

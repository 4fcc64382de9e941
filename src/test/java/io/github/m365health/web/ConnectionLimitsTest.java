package io.github.m365health.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.metrics.StoryStates;
import io.github.m365health.health.TenantState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectionLimitsTest {

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

    @Test
    void refusesRequestHeadersOverTheLimit() throws Exception {
        server = WebServer.start(ANY_LOOPBACK_PORT, "/metrics", metrics, () -> states);

        HttpResponse<String> response = HttpFetch.get(server.address(), "/-/healthy",
                "X-Padding", "x".repeat(WebServer.MAX_REQUEST_HEADER_BYTES));

        assertEquals(431, response.statusCode());
    }

    @Test
    void closesAConnectionThatMissesTheFirstRequestDeadlineButKeepsOnesThatMetIt() throws Exception {
        server = WebServer.builder(ANY_LOOPBACK_PORT, "/metrics", metrics, () -> states)
                .firstRequestDeadline(Duration.ofMillis(300))
                .start();
        try (Socket served = connect(); Socket stalled = connect()) {
            send(served, "GET /-/healthy HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            BufferedReader servedIn = reader(served);
            assertEquals("HTTP/1.1 200 OK", servedIn.readLine());
            skipToBody(servedIn);
            send(stalled, "GET /-/healthy HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Never-Fin");

            // Read until the server closes it: -1 rather than the socket timeout.
            stalled.setSoTimeout(10_000);
            assertEquals(-1, stalled.getInputStream().read(), "the stalled connection is closed");

            // The served connection opened first, so its deadline has passed too; it must still serve.
            send(served, "GET /-/ready HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            assertEquals("HTTP/1.1 200 OK", servedIn.readLine());
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }

    /** Reads the headers and the "OK\n" body of a /-/healthy answer. */
    private static void skipToBody(BufferedReader in) throws IOException {
        String line;
        while (!(line = in.readLine()).isEmpty()) {
            assertTrue(line.contains(":"), line);
        }
        assertEquals("OK", in.readLine());
    }
}

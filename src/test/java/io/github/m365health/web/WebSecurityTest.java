package io.github.m365health.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.github.m365health.metrics.BuildInfo;
import io.github.m365health.metrics.ExporterMetrics;
import io.github.m365health.metrics.Exposition;
import io.github.m365health.metrics.StoryStates;
import io.github.m365health.health.TenantState;
import io.github.m365health.testing.MutableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --web.config.file against a real TLS listener, with certificates made for the test. */
class WebSecurityTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    static Path pkiDir;
    private static TestPki pki;
    private static String hash;

    @TempDir
    Path dir;

    private final List<TenantState> states = StoryStates.twoTenants();
    private final ExporterMetrics metrics = new ExporterMetrics(() -> states, new BuildInfo("1", "r", "17"));
    private WebServer server;

    @BeforeAll
    static void makeCertificates() throws Exception {
        pki = TestPki.create(pkiDir);
        hash = BCrypt.with(BCrypt.Version.VERSION_2Y).hashToString(10, PASSWORD.toCharArray());
    }

    @AfterEach
    void closeServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void servesOnlyTlsAndOnlyToTheRightPassword() throws Exception {
        start(tlsConfig("") + "basic_auth_users:\n  prometheus: " + hash + "\n"
                + "http_server_config:\n  headers:\n    X-Frame-Options: deny\n");
        HttpClient tls = client(null);

        assertThrows(IOException.class, () -> HttpFetch.get(server.address(), "/-/healthy"), "plain HTTP is refused");
        for (String path : List.of("/metrics", "/-/healthy", "/-/ready", "/", "/nope")) {
            HttpResponse<String> anonymous = get(tls, path, null);
            assertEquals(401, anonymous.statusCode(), path);
            assertEquals("Basic", anonymous.headers().firstValue("WWW-Authenticate").orElse(""), path);
            assertEquals("deny", anonymous.headers().firstValue("X-Frame-Options").orElse(""), path);
        }
        assertEquals(401, get(tls, "/metrics", basic("prometheus", "wrong")).statusCode());
        assertEquals(401, get(tls, "/metrics", basic("nobody", PASSWORD)).statusCode());
        assertEquals(401, get(tls, "/metrics", "Bearer " + PASSWORD).statusCode());

        HttpResponse<String> scrape = get(tls, "/metrics", basic("prometheus", PASSWORD));
        assertEquals(200, scrape.statusCode());
        assertEquals(1, Exposition.parse(scrape.body()).value("m365_up", Map.of("tenant", "contoso")));
        assertEquals("deny", scrape.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals(200, get(tls, "/-/healthy", basic("prometheus", PASSWORD)).statusCode());
        assertEquals(404, get(tls, "/nope", basic("prometheus", PASSWORD)).statusCode());
    }

    @Test
    void requireAndVerifyClientCertAcceptsOnlyCertificatesOfTheClientCa() throws Exception {
        start(tlsConfig("  client_auth_type: RequireAndVerifyClientCert\n  client_ca_file: " + pki.caPem() + "\n"));

        assertEquals(200, get(client(pki.clientIdentity()), "/-/healthy", null).statusCode());
        assertThrows(IOException.class, () -> get(client(null), "/-/healthy", null), "no certificate");
        assertThrows(IOException.class, () -> get(client(pki.strangerIdentity()), "/-/healthy", null),
                "a certificate the CA did not sign");
    }

    @Test
    void verifyClientCertIfGivenLetsClientsWithoutACertificateIn() throws Exception {
        start(tlsConfig("  client_auth_type: VerifyClientCertIfGiven\n  client_ca_file: " + pki.caPem() + "\n"));

        assertEquals(200, get(client(null), "/-/healthy", null).statusCode());
        assertEquals(200, get(client(pki.clientIdentity()), "/-/healthy", null).statusCode());
        assertThrows(IOException.class, () -> get(client(pki.strangerIdentity()), "/-/healthy", null));
    }

    @Test
    void requireAnyClientCertWantsACertificateButNotItsIssuer() throws Exception {
        start(tlsConfig("  client_auth_type: RequireAnyClientCert\n"));

        assertEquals(200, get(client(pki.strangerIdentity()), "/-/healthy", null).statusCode());
        assertThrows(IOException.class, () -> get(client(null), "/-/healthy", null));
    }

    @Test
    void clientAllowedSansNarrowsVerifiedCertificates() throws Exception {
        start(tlsConfig("  client_auth_type: RequireAndVerifyClientCert\n  client_ca_file: " + pki.caPem() + "\n"
                + "  client_allowed_sans: [grafana.example]\n"));

        assertThrows(IOException.class, () -> get(client(pki.clientIdentity()), "/-/healthy", null),
                "the client certificate names prometheus.example only");
    }

    @Test
    void basicAuthWithoutTlsWorksOnPlainHttp() throws Exception {
        start("basic_auth_users:\n  prometheus: " + hash + "\n");

        assertEquals(401, HttpFetch.get(server.address(), "/-/healthy").statusCode());
        assertEquals(200, HttpFetch.get(server.address(), "/-/healthy", "Authorization", basic("prometheus", PASSWORD))
                .statusCode());
    }

    @Test
    void rereadsTheFileWhenItChangesAndRefusesWhileItIsBroken() throws Exception {
        Path file = start("basic_auth_users:\n  prometheus: " + hash + "\n");
        String other = BCrypt.with(BCrypt.Version.VERSION_2Y).hashToString(4, "rotated".toCharArray());

        rewrite(file, "basic_auth_users:\n  prometheus: " + other + "\n");
        assertEquals(401, HttpFetch.get(server.address(), "/-/healthy", "Authorization", basic("prometheus", PASSWORD))
                .statusCode());
        assertEquals(200, HttpFetch.get(server.address(), "/-/healthy", "Authorization", basic("prometheus", "rotated"))
                .statusCode());

        rewrite(file, "basic_auth_users:\n  prometheus: not-a-hash\n");
        HttpResponse<String> broken = HttpFetch.get(server.address(), "/-/healthy", "Authorization", basic("prometheus", "rotated"));
        assertEquals(500, broken.statusCode());
        assertFalse(broken.body().contains("not-a-hash"));

        rewrite(file, "basic_auth_users:\n  prometheus: " + other + "\n");
        assertEquals(200, HttpFetch.get(server.address(), "/-/healthy", "Authorization", basic("prometheus", "rotated"))
                .statusCode());
    }

    @Test
    void aRenewedCertificateIsServedOnTheNextConnections() throws Exception {
        Path cert = dir.resolve("current.crt");
        Path key = dir.resolve("current.key");
        Files.copy(pki.serverCertPem(), cert);
        Files.copy(pki.serverKeyPem(), key);
        start("tls_server_config:\n  cert_file: current.crt\n  key_file: current.key\n");
        assertEquals("CN=127.0.0.1", presentedSubject());

        Instant before = Files.getLastModifiedTime(cert).toInstant();
        Files.copy(pki.renewedCertPem(), cert, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(pki.renewedKeyPem(), key, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(cert, FileTime.from(before.plusSeconds(5)));
        Files.setLastModifiedTime(key, FileTime.from(before.plusSeconds(5)));
        assertEquals("CN=127.0.0.1", presentedSubject(), "the connection that notices the change is served as it began");

        // The new material is swapped in beside the requests; the next connections present it.
        String renewed = null;
        for (int attempt = 0; attempt < 50 && !"CN=renewed server".equals(renewed); attempt++) {
            renewed = presentedSubject();
        }
        assertEquals("CN=renewed server", renewed, "the certificate now in the files");
    }

    /** Connects, makes one request (which also lets the server notice changed files) and returns the server certificate's subject. */
    private String presentedSubject() throws Exception {
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) pki.clientContext(null).getSocketFactory()
                .createSocket("127.0.0.1", server.address().getPort())) {
            socket.setSoTimeout(10_000);
            socket.startHandshake();
            String subject = ((java.security.cert.X509Certificate) socket.getSession().getPeerCertificates()[0])
                    .getSubjectX500Principal().getName();
            socket.getOutputStream().write("GET /-/healthy HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertTrue(answer.startsWith("HTTP/1.1 200"), subject + " answered: " + answer);
            return subject;
        }
    }

    @Test
    void configuredHeadersGoOnEveryAnswerEvenAFailedOne() throws Exception {
        Path file = dir.resolve("web.yml");
        Files.writeString(file, "http_server_config:\n  headers:\n    Content-Security-Policy: default-src 'none'\n");
        server = WebServer.builder(ANY_LOOPBACK_PORT, "/metrics", metrics, () -> states)
                .route("/broken", (request, response) -> {
                    throw new IllegalStateException("route failed");
                })
                .webConfig(WebConfigWatch.load(Optional.of(file)))
                .start();

        for (String path : List.of("/metrics", "/", "/-/healthy", "/nope", "/broken")) {
            HttpResponse<String> response = HttpFetch.get(server.address(), path);
            assertEquals("default-src 'none'", response.headers().firstValue("Content-Security-Policy").orElse(""),
                    path + " answered " + response.statusCode());
        }
        assertEquals(500, HttpFetch.get(server.address(), "/broken").statusCode());
    }

    @Test
    void rateLimitAllowsItsBurstThenOneRequestPerInterval() throws Exception {
        Path file = dir.resolve("web.yml");
        Files.writeString(file, "rate_limit:\n  burst: 2\n  interval: 1m\n");
        MutableClock clock = new MutableClock("2026-04-03T12:00:00Z");
        server = WebServer.builder(ANY_LOOPBACK_PORT, "/metrics", metrics, () -> states)
                .webConfig(WebConfigWatch.load(Optional.of(file)))
                .clock(clock)
                .start();

        assertEquals(200, HttpFetch.get(server.address(), "/-/healthy").statusCode());
        assertEquals(200, HttpFetch.get(server.address(), "/-/healthy").statusCode());
        assertEquals(429, HttpFetch.get(server.address(), "/-/healthy").statusCode());
        clock.advance(Duration.ofSeconds(59));
        assertEquals(429, HttpFetch.get(server.address(), "/metrics").statusCode());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(200, HttpFetch.get(server.address(), "/metrics").statusCode());
        assertEquals(429, HttpFetch.get(server.address(), "/metrics").statusCode());
    }

    @Test
    void anEmptyFileChangesNothing() throws Exception {
        start("");

        assertEquals(200, HttpFetch.get(server.address(), "/-/healthy").statusCode());
    }

    @Test
    void theShippedExampleServesTlsToItsExamplePassword() throws Exception {
        Path tlsDir = Files.createDirectory(dir.resolve("tls"));
        Files.copy(pki.serverCertPem(), tlsDir.resolve("server.crt"));
        Files.copy(pki.serverKeyPem(), tlsDir.resolve("server.key"));
        Path file = dir.resolve("web-config.yml");
        Files.copy(Path.of("examples", "web-config.yml"), file);
        server = WebServer.builder(ANY_LOOPBACK_PORT, "/metrics", metrics, () -> states)
                .webConfig(WebConfigWatch.load(Optional.of(file)))
                .start();

        HttpResponse<String> response = get(client(null), "/-/healthy", basic("prometheus", "example-only-change-me"));
        assertEquals(200, response.statusCode());
        assertEquals("max-age=31536000", response.headers().firstValue("Strict-Transport-Security").orElse(""));
        assertEquals(401, get(client(null), "/-/healthy", null).statusCode());
    }

    private String tlsConfig(String extra) {
        return "tls_server_config:\n  cert_file: " + pki.serverCertPem() + "\n  key_file: " + pki.serverKeyPem() + "\n" + extra;
    }

    private Path start(String yaml) throws Exception {
        Path file = dir.resolve("web.yml");
        Files.writeString(file, yaml);
        server = WebServer.builder(ANY_LOOPBACK_PORT, "/metrics", metrics, () -> states)
                .webConfig(WebConfigWatch.load(Optional.of(file)))
                .start();
        return file;
    }

    /** Rewrites the file with a later modification time, as an editor saving it would. */
    private static void rewrite(Path file, String yaml) throws IOException {
        Instant before = Files.getLastModifiedTime(file).toInstant();
        Files.writeString(file, yaml);
        Files.setLastModifiedTime(file, FileTime.from(before.plusSeconds(5)));
    }

    private HttpClient client(KeyStore identity) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .sslContext(pki.clientContext(identity)).build();
    }

    private HttpResponse<String> get(HttpClient client, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("https://127.0.0.1:" + server.address().getPort() + path)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

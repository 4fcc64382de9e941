package io.github.m365health.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.testing.EndToEnd;
import io.github.m365health.testing.Eventually;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.m365health.cli.InProcessExporter;
import io.github.m365health.cli.RunningExporter;
import io.github.m365health.metrics.Exposition.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's sharding case: replicas of the exporter, running side by side, share one list of 30
 * tenants, as the pods of a StatefulSet share one ConfigMap, and each polls a Graph stand-in
 * (WireMock answering the token endpoint and Graph's three listings in Graph's JSON) only for its
 * own share. Which tenants a replica polled is read from the request journal of the stand-in it
 * was pointed at (the token request names the tenant's directory id), not from the exporter's own
 * account of itself. Each replica gets a stand-in of its own only so that the journals tell the
 * replicas apart; which tenants a replica polls depends on their names alone.
 */
@EndToEnd
class ShardedReplicasEndToEndTest {

    private static final int TENANTS = 30;
    private static final int MOST_REPLICAS = 4;
    private static final String SECRET = "sharded-secret-value";
    private static final Duration FIRST_POLLS = Duration.ofSeconds(30);
    private static final String ANNOUNCEMENTS = "/v1.0/admin/serviceAnnouncement/";

    @TempDir
    Path dir;

    private final List<WireMockServer> graphs = new ArrayList<>();
    private final Map<String, String> tenantByDirectoryId = new HashMap<>();

    @BeforeEach
    void startTheGraphStandIns() throws IOException {
        for (int i = 0; i < MOST_REPLICAS; i++) {
            WireMockServer graph = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
            graph.start();
            graph.stubFor(post(urlPathMatching("/[0-9a-f-]+/oauth2/v2.0/token")).willReturn(okJson(
                    "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"eyJ0eXAi.sharded.token\"}")));
            graph.stubFor(get(urlPathEqualTo(ANNOUNCEMENTS + "healthOverviews")).willReturn(okJson(fixture("health-overviews.json"))));
            graph.stubFor(get(urlPathEqualTo(ANNOUNCEMENTS + "issues")).willReturn(okJson(emptyListing("issues"))));
            graph.stubFor(get(urlPathEqualTo(ANNOUNCEMENTS + "messages")).willReturn(okJson(emptyListing("messages"))));
            graphs.add(graph);
        }
        Files.writeString(dir.resolve("client-secret"), SECRET + "\n");
        for (int i = 1; i <= TENANTS; i++) {
            tenantByDirectoryId.put(String.format("00000000-0000-4000-8000-%012d", i), String.format("client-%02d", i));
        }
    }

    @AfterEach
    void stopTheGraphStandIns() {
        graphs.forEach(WireMockServer::stop);
    }

    @Test
    void eachTenantIsPolledByExactlyOneReplicaAndAFourthTakesOnlyItsShare() throws Exception {
        List<Set<String>> three = pollWithReplicas(3);

        Set<String> union = assertDisjointUnion(three);
        assertEquals(new TreeSet<>(tenantByDirectoryId.values()), union, "the three replicas polled every tenant");

        List<Set<String>> four = pollWithReplicas(4);
        assertEquals(union, assertDisjointUnion(four), "the four replicas polled every tenant");
        Set<String> moved = new TreeSet<>();
        for (int replica = 0; replica < 3; replica++) {
            Set<String> left = new TreeSet<>(three.get(replica));
            left.removeAll(four.get(replica));
            assertTrue(three.get(replica).containsAll(four.get(replica)),
                    "replica " + replica + " took no tenant from another: before " + three.get(replica) + ", after " + four.get(replica));
            moved.addAll(left);
        }
        assertEquals(four.get(3), moved, "every moved tenant went to the new replica, and it has no other");
        // A quarter of 30 is 7.5; hashing these names moves 7 (and 4 to 11 would be within two
        // standard deviations of a fair binomial draw).
        assertTrue(moved.size() >= 4 && moved.size() <= 11, moved.size() + " moved: " + moved);
    }

    /** Runs replicas 0..count-1 side by side, each with a fresh journal; returns the tenants each one polled. */
    private List<Set<String>> pollWithReplicas(int count) throws Exception {
        graphs.forEach(WireMockServer::resetRequests);
        List<RunningExporter> replicas = new ArrayList<>();
        List<Set<String>> polled = new ArrayList<>();
        try {
            for (int index = 0; index < count; index++) {
                replicas.add(start(index, count, graphs.get(index)));
            }
            for (int index = 0; index < count; index++) {
                assertServesWhatItPolled(replicas.get(index), index, count);
            }
        } finally {
            replicas.forEach(RunningExporter::close);
        }
        for (int index = 0; index < count; index++) {
            polled.add(tenantsThatAskedForTokens(graphs.get(index)));
        }
        return polled;
    }

    private void assertServesWhatItPolled(RunningExporter replica, int index, int count) throws Exception {
        ExporterHttp http = new ExporterHttp(replica.address());
        Eventually.await("replica " + index + "/" + count + " is ready", FIRST_POLLS,
                () -> http.get("/-/ready"), r -> r.statusCode() == 200);
        Scrape scrape = http.scrape();
        assertEquals(1, scrape.value("m365_exporter_shard_info",
                Map.of("index", Integer.toString(index), "count", Integer.toString(count))));
        Set<String> served = new TreeSet<>();
        for (Sample up : scrape.samples("m365_up", Map.of())) {
            assertEquals(1, up.value(), "m365_up of " + up.label("tenant"));
            served.add(up.label("tenant"));
        }
        assertTrue(http.get("/").body().contains("Shard " + index + " of " + count), "the landing page names the shard");
        WireMockServer graph = graphs.get(index);
        Set<String> asked = tenantsThatAskedForTokens(graph);
        assertEquals(served, asked, "replica " + index + "/" + count + " serves exactly the tenants it polled");
        assertEquals(3 * asked.size(), graph.findAll(getRequestedFor(urlPathMatching(ANNOUNCEMENTS + ".*"))).size(),
                "three listings per tenant polled");
    }

    private Set<String> tenantsThatAskedForTokens(WireMockServer graph) {
        Set<String> tenants = new TreeSet<>();
        for (LoggedRequest request : graph.findAll(postRequestedFor(urlPathMatching("/.+/oauth2/v2.0/token")))) {
            String directoryId = request.getUrl().split("/")[1];
            tenants.add(tenantByDirectoryId.getOrDefault(directoryId, "unknown directory " + directoryId));
        }
        return tenants;
    }

    private static Set<String> assertDisjointUnion(List<Set<String>> shares) {
        Set<String> union = new TreeSet<>();
        int total = 0;
        for (Set<String> share : shares) {
            assertTrue(!share.isEmpty(), "every replica has tenants: " + shares);
            union.addAll(share);
            total += share.size();
        }
        assertEquals(union.size(), total, "no tenant was polled by two replicas: " + shares);
        return union;
    }

    /** Each replica gets its own state directory, as each pod of the StatefulSet gets its own volume. */
    private RunningExporter start(int index, int count, WireMockServer graph) throws Exception {
        Path replicaDir = Files.createDirectories(dir.resolve("replica-" + index + "-of-" + count));
        Path config = replicaDir.resolve("config.yml");
        StringBuilder yaml = new StringBuilder("tenants:\n");
        for (Map.Entry<String, String> tenant : new TreeMap<>(tenantByDirectoryId).entrySet()) {
            yaml.append("  - name: ").append(tenant.getValue()).append('\n')
                    .append("    tenant_id: ").append(tenant.getKey()).append('\n')
                    .append("    client_id: 11111111-1111-4111-8111-111111111111\n")
                    .append("    client_secret_file: ").append(dir.resolve("client-secret")).append('\n')
                    .append("    cloud: custom\n")
                    .append("    authority_url: ").append(graph.baseUrl()).append('\n')
                    .append("    graph_url: ").append(graph.baseUrl()).append('\n');
        }
        // One poll per listing in the test's lifetime, so the journal counts are exact.
        yaml.append("poll:\n  interval: 1h\n  messages_interval: 1h\nstate:\n  path: history.db\n");
        Files.writeString(config, yaml);
        return InProcessExporter.start("--config.file", config.toString(), "--web.listen-address=127.0.0.1:0",
                "--tenants.shard=" + index + "/" + count);
    }

    private static String emptyListing(String listing) {
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#admin/serviceAnnouncement/" + listing
                + "\",\"value\":[]}";
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = ShardedReplicasEndToEndTest.class.getResourceAsStream("/graph/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package io.github.m365health.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.m365health.demo.DemoMessage;
import io.github.m365health.demo.GraphJsonShapes;
import io.github.m365health.health.Message;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.ServiceHealthStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Entra's token endpoint and Graph's three listings for many MSP tenants on one loopback port, in
 * Graph's JSON shapes as the demo tenant writes them (graph-api.md §3), each tenant with {@link LargeTenantStates}' workload
 * dated from the stand-in's start. Answers are rendered once and served as bytes, so the stand-in
 * costs the machine as little as it can while the exporter is measured. Every listing fits one
 * page: the exporter asks for {@code odata.maxpagesize=1000}, which Graph honours.
 */
final class MspGraphStandIn implements AutoCloseable {

    static final String TENANT_ID_PREFIX = "00000000-0000-4000-8000-";
    private static final String TOKEN_PREFIX = "bench-token-";
    private static final String BASE = "/v1.0/admin/serviceAnnouncement/";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> issueListings = new ConcurrentHashMap<>();

    MspGraphStandIn(int tenants, int postsPerIssue) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        GraphJsonShapes shapes = new GraphJsonShapes();
        Instant now = Instant.now();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        String context = origin() + "/v1.0/$metadata#admin/serviceAnnouncement/";
        List<JsonNode> services = new ArrayList<>();
        for (int s = 0; s < LargeTenantStates.SERVICES; s++) {
            services.add(shapes.service(new ServiceHealth("Svc" + s, LargeTenantStates.serviceName(s),
                    s % 10 == 0 ? ServiceHealthStatus.SERVICE_DEGRADATION : ServiceHealthStatus.SERVICE_OPERATIONAL)));
        }
        byte[] servicePage = mapper.writeValueAsBytes(shapes.page(context + "healthOverviews", services));
        for (int t = 0; t < tenants; t++) {
            String id = tenantId(t);
            String name = "tenant-" + t;
            bodies.put(id + "/healthOverviews", servicePage);
            List<JsonNode> issues = new ArrayList<>();
            for (int i = 0; i < LargeTenantStates.ISSUES; i++) {
                issues.add(shapes.issue(LargeTenantStates.issue(name, i, postsPerIssue, now)));
            }
            bodies.put(id + "/issues", mapper.writeValueAsBytes(shapes.page(context + "issues", issues)));
            List<JsonNode> messages = new ArrayList<>();
            for (int m = 0; m < LargeTenantStates.MESSAGES; m++) {
                messages.add(shapes.message(withBody(LargeTenantStates.message(name, m, now))));
            }
            bodies.put(id + "/messages", mapper.writeValueAsBytes(shapes.page(context + "messages", messages)));
            issueListings.put(id, new AtomicLong());
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    static String tenantId(int t) {
        return TENANT_ID_PREFIX + String.format("%012d", t);
    }

    URI origin() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Issue listings served so far, per tenant id: one per health poll that got as far as issues. */
    Map<String, Long> issueListings() {
        Map<String, Long> counts = new ConcurrentHashMap<>();
        issueListings.forEach((id, count) -> counts.put(id, count.get()));
        return counts;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/oauth2/v2.0/token")) {
                exchange.getRequestBody().readAllBytes();
                String tenant = path.substring(1, path.indexOf('/', 1));
                send(exchange, ("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                        + "\"access_token\":\"" + TOKEN_PREFIX + tenant + "\"}").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String tenant = auth == null ? "" : auth.substring(auth.indexOf(TOKEN_PREFIX) + TOKEN_PREFIX.length());
            String listing = path.startsWith(BASE) ? path.substring(BASE.length()) : "";
            byte[] body = bodies.get(tenant + "/" + listing);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (listing.equals("issues")) {
                issueListings.get(tenant).incrementAndGet();
            }
            send(exchange, body);
        }
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static DemoMessage withBody(Message message) {
        return new DemoMessage(message.id(), message.title(), message.start(), message.end(), message.lastModified(),
                message.category(), message.severity(), message.majorChange(), message.actionRequiredBy(),
                message.services(), message.tags(), "<p>" + message.title() + ": what is changing, when it happens,"
                + " how it affects your organization and what you can do to prepare. Review the settings named here"
                + " and update your documentation.</p>");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

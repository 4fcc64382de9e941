package io.github.m365health.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssuePost;
import io.github.m365health.health.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Entra's token endpoint and Graph's three listings for many MSP tenants on one loopback port, in
 * Graph's JSON shapes (graph-api.md §3), each tenant with {@link LargeTenantStates}' workload
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
        Instant now = Instant.now();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        String origin = origin().toString();
        for (int t = 0; t < tenants; t++) {
            String id = tenantId(t);
            String name = "tenant-" + t;
            bodies.put(id + "/healthOverviews", bytes(mapper, page(mapper, origin, "healthOverviews", services(mapper))));
            ArrayNode issues = mapper.createArrayNode();
            for (int i = 0; i < LargeTenantStates.ISSUES; i++) {
                issues.add(issue(mapper, LargeTenantStates.issue(name, i, postsPerIssue, now)));
            }
            bodies.put(id + "/issues", bytes(mapper, page(mapper, origin, "issues", issues)));
            ArrayNode messages = mapper.createArrayNode();
            for (int m = 0; m < LargeTenantStates.MESSAGES; m++) {
                messages.add(message(mapper, LargeTenantStates.message(name, m, now)));
            }
            bodies.put(id + "/messages", bytes(mapper, page(mapper, origin, "messages", messages)));
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

    private static ArrayNode services(ObjectMapper mapper) {
        ArrayNode services = mapper.createArrayNode();
        for (int s = 0; s < LargeTenantStates.SERVICES; s++) {
            ObjectNode service = services.addObject();
            service.put("service", LargeTenantStates.serviceName(s));
            service.put("status", s % 10 == 0 ? "serviceDegradation" : "serviceOperational");
            service.put("id", "Svc" + s);
        }
        return services;
    }

    private static ObjectNode issue(ObjectMapper mapper, Issue issue) {
        ObjectNode node = mapper.createObjectNode();
        node.put("startDateTime", text(issue.start()));
        node.put("endDateTime", text(issue.end()));
        node.put("lastModifiedDateTime", text(issue.lastModified()));
        node.put("title", issue.title());
        node.put("id", issue.id());
        node.put("impactDescription", issue.impactDescription());
        node.put("classification", issue.classification().wireName());
        node.put("origin", issue.origin().wireName());
        node.put("status", issue.status().wireName());
        node.put("service", issue.serviceName());
        node.put("feature", issue.feature());
        node.put("featureGroup", issue.featureGroup());
        node.put("isResolved", issue.resolved());
        node.putArray("details");
        ArrayNode posts = node.putArray("posts");
        for (IssuePost post : issue.posts()) {
            ObjectNode postNode = posts.addObject();
            postNode.put("createdDateTime", text(post.createdAt()));
            postNode.put("postType", post.postType());
            postNode.putObject("description").put("contentType", "html").put("content", post.content());
        }
        return node;
    }

    private static ObjectNode message(ObjectMapper mapper, Message message) {
        ObjectNode node = mapper.createObjectNode();
        node.put("startDateTime", text(message.start()));
        node.put("endDateTime", text(message.end()));
        node.put("lastModifiedDateTime", text(message.lastModified()));
        node.put("title", message.title());
        node.put("id", message.id());
        node.put("category", message.category().wireName());
        node.put("severity", message.severity().wireName());
        ArrayNode tags = node.putArray("tags");
        message.tags().forEach(tags::add);
        node.put("isMajorChange", message.majorChange());
        node.put("actionRequiredByDateTime", text(message.actionRequiredBy()));
        ArrayNode services = node.putArray("services");
        message.services().forEach(services::add);
        node.putObject("body").put("contentType", "html").put("content", "<p>" + message.title()
                + ": what is changing, when it happens, how it affects your organization and what you can do to"
                + " prepare. Review the settings named here and update your documentation.</p>");
        node.put("hasAttachments", false);
        return node;
    }

    private static ObjectNode page(ObjectMapper mapper, String origin, String listing, ArrayNode items) {
        ObjectNode page = mapper.createObjectNode();
        page.put("@odata.context", origin + "/v1.0/$metadata#admin/serviceAnnouncement/" + listing);
        page.set("value", items);
        return page;
    }

    private static byte[] bytes(ObjectMapper mapper, ObjectNode node) throws IOException {
        return mapper.writeValueAsBytes(node);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

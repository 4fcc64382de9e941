package io.github.m365health.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.github.m365health.demo.PageSnapshots.Position;
import io.github.m365health.demo.PageSnapshots.Snapshot;
import io.github.m365health.graph.GraphEndpoint;
import io.github.m365health.health.ServiceHealthStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Graph's three service-announcement listings for the demo world. Pages are capped well below
 * Graph's 100 so that every poll follows {@code @odata.nextLink}s; the links are absolute and point
 * at this server's own origin, as Graph's point at graph.microsoft.com.
 */
final class GraphListings {

    /** Items per page at most, whatever the client prefers. */
    static final int DEMO_PAGE_SIZE = 5;

    private static final Pattern MAX_PAGE_SIZE = Pattern.compile("odata\\.maxpagesize\\s*=\\s*(\\d{1,9})");

    private final URI origin;
    private final DemoScenario scenario;
    private final IssuedTokens tokens;
    private final Replies replies;
    private final Clock clock;
    private final GraphJson json = new GraphJson();
    private final PageSnapshots snapshots = new PageSnapshots();
    // The script starts at the first poll, not at server start, so a slow start misses nothing.
    private final AtomicReference<Instant> firstPoll = new AtomicReference<>();

    GraphListings(URI origin, DemoScenario scenario, IssuedTokens tokens, Replies replies, Clock clock) {
        this.origin = origin;
        this.scenario = scenario;
        this.tokens = tokens;
        this.replies = replies;
        this.clock = clock;
    }

    void handle(HttpExchange exchange, GraphEndpoint endpoint) throws IOException {
        Instant now = clock.instant();
        if (!authorized(exchange, now)) {
            return;
        }
        Instant start = firstPoll.updateAndGet(first -> first == null ? now : first);
        String skipToken;
        try {
            skipToken = FormEncoding.decode(exchange.getRequestURI().getRawQuery()).get("$skiptoken");
        } catch (IllegalArgumentException malformed) {
            replies.graphError(exchange, 400, "BadRequest", "The query string is malformed.");
            return;
        }
        Position position;
        if (skipToken == null) {
            position = new Position(null, new Snapshot(endpoint, items(endpoint, start, now)), 0);
        } else {
            Optional<Position> found = snapshots.find(skipToken).filter(p -> p.snapshot().endpoint() == endpoint);
            if (found.isEmpty()) {
                replies.graphError(exchange, 400, "BadRequest", "The skip token is not valid or has expired.");
                return;
            }
            position = found.get();
        }
        replyWithPage(exchange, endpoint, position, pageSize(exchange));
    }

    /**
     * {@code issues/{id}/incidentReport}: the review document of an issue at
     * postIncidentReviewPublished, otherwise Graph's 404.
     */
    void handleIncidentReport(HttpExchange exchange, String issueId) throws IOException {
        Instant now = clock.instant();
        if (!authorized(exchange, now)) {
            return;
        }
        Instant start = firstPoll.get();
        Optional<String> review = start == null ? Optional.empty() : scenario.worldAt(start, now).issues().stream()
                .filter(issue -> issue.id().equals(issueId)
                        && issue.status() == ServiceHealthStatus.POST_INCIDENT_REVIEW_PUBLISHED)
                .findFirst()
                .map(ExchangeStories::review);
        if (review.isEmpty()) {
            replies.graphError(exchange, 404, "itemNotFound", "The post-incident review does not exist.");
            return;
        }
        byte[] document = review.get().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(200, document.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(document);
        }
    }

    private boolean authorized(HttpExchange exchange, Instant now) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            replies.graphError(exchange, 405, "Request_BadRequest", "The HTTP method is not allowed here.");
            return false;
        }
        String token = bearer(exchange);
        if (token == null || !tokens.valid(token, now)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"\", error=\"invalid_token\"");
            replies.graphError(exchange, 401, "InvalidAuthenticationToken", token == null
                    ? "Access token is empty."
                    : "Access token validation failure. The token is unknown or has expired.");
            return false;
        }
        return true;
    }

    private void replyWithPage(HttpExchange exchange, GraphEndpoint endpoint, Position position, int pageSize)
            throws IOException {
        List<JsonNode> items = position.snapshot().items();
        int from = position.offset();
        int to = Math.min(items.size(), from + pageSize);
        String nextLink = null;
        if (to < items.size()) {
            String snapshotId = position.snapshotId() != null
                    ? position.snapshotId() : snapshots.keep(position.snapshot());
            nextLink = origin + endpoint.path() + "?$skiptoken=" + PageSnapshots.skipToken(snapshotId, to);
        }
        String context = origin + "/v1.0/$metadata#admin/serviceAnnouncement/"
                + endpoint.path().substring(endpoint.path().lastIndexOf('/') + 1);
        replies.graph(exchange, json.page(context, items.subList(from, to), nextLink));
    }

    private List<JsonNode> items(GraphEndpoint endpoint, Instant start, Instant now) {
        DemoWorld world = scenario.worldAt(start, now);
        switch (endpoint) {
            case HEALTH_OVERVIEWS:
                return world.services().stream().map(json::service).toList();
            case ISSUES:
                return world.issues().stream().map(json::issue).toList();
            case MESSAGES:
                return world.messages().stream().map(json::message).toList();
            default:
                throw new IllegalArgumentException("not a listing: " + endpoint);
        }
    }

    // Graph honours odata.maxpagesize; the demo honours it too, but never beyond its own small cap.
    private static int pageSize(HttpExchange exchange) {
        String prefer = exchange.getRequestHeaders().getFirst("Prefer");
        Matcher matcher = MAX_PAGE_SIZE.matcher(prefer == null ? "" : prefer);
        if (matcher.find()) {
            int preferred = Integer.parseInt(matcher.group(1));
            if (preferred > 0 && preferred <= DEMO_PAGE_SIZE) {
                exchange.getResponseHeaders().set("Preference-Applied", "odata.maxpagesize=" + preferred);
                return preferred;
            }
        }
        return DEMO_PAGE_SIZE;
    }

    private static String bearer(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}

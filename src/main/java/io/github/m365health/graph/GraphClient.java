package io.github.m365health.graph;

import io.github.m365health.health.IncidentReport;
import io.github.m365health.health.Issue;
import io.github.m365health.health.Message;
import io.github.m365health.health.ServiceHealth;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The three service-announcement listings over OkHttp. Each listing follows every
 * {@code @odata.nextLink} and returns all pages or throws: a listing cut short must never look
 * like issues that went away.
 */
final class GraphClient implements GraphApi {

    /** Graph's documented maximum; the default of 100 would cost several requests per poll. */
    static final String PREFER_PAGE_SIZE = "odata.maxpagesize=1000";

    /** Far beyond any tenant's listing (1000 items a page), short of a server that links forever. */
    static final int MAX_PAGES = 200;

    private final HttpUrl graphBase;
    private final TokenSource tokens;
    private final RetryingHttp http;
    private final PageParser parser;
    private final GraphItems items;

    GraphClient(HttpUrl graphBase, TokenSource tokens, RetryingHttp http, PageParser parser, GraphItems items) {
        this.graphBase = Objects.requireNonNull(graphBase, "graphBase");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.http = Objects.requireNonNull(http, "http");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.items = Objects.requireNonNull(items, "items");
    }

    @Override
    public List<ServiceHealth> listHealthOverviews(Instant deadline) throws GraphException {
        return list(GraphEndpoint.HEALTH_OVERVIEWS, deadline, GraphItems.ServiceHealthDto.class, items::serviceHealth);
    }

    @Override
    public List<Issue> listIssues(Instant deadline) throws GraphException {
        return list(GraphEndpoint.ISSUES, deadline, GraphItems.IssueDto.class, items::issue);
    }

    @Override
    public List<Message> listMessages(Instant deadline) throws GraphException {
        return list(GraphEndpoint.MESSAGES, deadline, GraphItems.MessageDto.class, items::message);
    }

    @Override
    public Optional<IncidentReport> incidentReport(String issueId, Instant deadline) throws GraphException {
        Objects.requireNonNull(issueId, "issueId");
        // A path segment of its own, encoded: an id is Graph's data and must not reshape the path.
        HttpUrl url = firstPage(GraphEndpoint.ISSUES).newBuilder()
                .addPathSegment(issueId).addPathSegment("incidentReport").build();
        HttpReply reply = exchange(GraphEndpoint.ISSUES, url, deadline, "*/*", true);
        if (reply.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(new IncidentReport(reply.body(), reply.contentType()));
    }

    private <D extends GraphItems.ItemDto, T> List<T> list(GraphEndpoint endpoint, Instant deadline, Class<D> shape,
                                                           PageParser.ItemReader<D, T> reader) throws GraphException {
        HttpUrl url = firstPage(endpoint);
        List<T> all = new ArrayList<>();
        int malformedPages = 0;
        for (int page = 1; ; page++) {
            byte[] body = fetch(endpoint, url, deadline);
            PageParser.Page<T> parsed = parser.parse(endpoint, 200, body, page, shape, reader);
            all.addAll(parsed.items());
            malformedPages += parsed.malformedUtf8() ? 1 : 0;
            if (parsed.nextLink() == null || parsed.nextLink().isBlank()) {
                if (malformedPages > 0) {
                    parser.reportMalformedUtf8(endpoint, malformedPages);
                }
                return List.copyOf(all);
            }
            if (page >= MAX_PAGES) {
                throw refused(endpoint, "too_many_pages", "more than " + MAX_PAGES + " pages; the server keeps linking further pages");
            }
            if (!http.clock().instant().isBefore(deadline)) {
                throw refused(endpoint, "deadline_exceeded", "page " + page + " arrived after the deadline; the remaining pages were not fetched");
            }
            url = sameOrigin(endpoint, parsed.nextLink(), page);
        }
    }

    HttpUrl firstPage(GraphEndpoint endpoint) {
        return graphBase.newBuilder().addPathSegments(endpoint.path().substring(1)).build();
    }

    private byte[] fetch(GraphEndpoint endpoint, HttpUrl url, Instant deadline) throws GraphException {
        return exchange(endpoint, url, deadline, "application/json", false).body();
    }

    /**
     * One request with retries; a 401 renews the token once. Returns a success, or a 404 when
     * {@code notFoundIsAnswer}; throws for anything else.
     */
    private HttpReply exchange(GraphEndpoint endpoint, HttpUrl url, Instant deadline, String accept,
                               boolean notFoundIsAnswer) throws GraphException {
        boolean renewed = false;
        while (true) {
            Request request = new Request.Builder()
                    .url(url)
                    .header("Authorization", "Bearer " + tokens.token(deadline))
                    .header("Accept", accept)
                    .header("Prefer", PREFER_PAGE_SIZE)
                    .get()
                    .build();
            HttpReply reply = http.execute(endpoint, request, deadline);
            if (reply.successful() || (notFoundIsAnswer && reply.status() == 404)) {
                return reply;
            }
            // A token can be revoked or rotated before its stated expiry: one fresh token is worth a try.
            if (reply.status() == 401 && !renewed) {
                renewed = true;
                http.telemetry().retried(endpoint, RetryReasons.UNAUTHORIZED);
                tokens.invalidate();
                continue;
            }
            throw GraphErrors.failure(endpoint, reply, renewed, parser.json());
        }
    }

    /**
     * The link is opaque and followed as is, but only to the configured Graph origin: the request
     * carries the bearer token, which must never reach another host.
     */
    private HttpUrl sameOrigin(GraphEndpoint endpoint, String nextLink, int page) throws GraphException {
        HttpUrl next = HttpUrl.parse(nextLink.strip());
        if (next == null) {
            throw refused(endpoint, "invalid_next_link", "the @odata.nextLink of page " + page + " is not an absolute http(s) URL");
        }
        if (!next.scheme().equals(graphBase.scheme()) || !next.host().equals(graphBase.host())
                || next.port() != graphBase.port()) {
            throw refused(endpoint, "invalid_next_link", "the @odata.nextLink of page " + page + " points to " + TokenEndpoint.origin(next)
                    + ", not the configured Graph origin " + TokenEndpoint.origin(graphBase) + "; it was not followed");
        }
        return next;
    }

    private static GraphException refused(GraphEndpoint endpoint, String code, String why) {
        return new GraphException(endpoint, 0, code, RetryingHttp.describe(endpoint) + " failed: " + why);
    }
}

package io.github.m365health.web.pages;

import io.github.m365health.log.Log;
import io.github.m365health.readmodel.IssueDetail;
import io.github.m365health.readmodel.IssueFilter;
import io.github.m365health.readmodel.IssuePage;
import io.github.m365health.readmodel.MessageDetail;
import io.github.m365health.readmodel.MessageFilter;
import io.github.m365health.readmodel.MessagePage;
import io.github.m365health.readmodel.PageRequest;
import io.github.m365health.readmodel.ReadException;
import io.github.m365health.readmodel.ReadModel;
import io.github.m365health.translate.TranslationLookup;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The issue and Message Center pages and their JSON: {@code /issues}, {@code /issues/{tenant}/{id}},
 * {@code /messages}, {@code /messages/{tenant}/{id}}, the same under {@code /api/v1/}, and the
 * pages' two static files. A bad parameter is a 4xx with one line saying what is accepted; a
 * store failure is a 503 naming it; neither ever shows a stack trace.
 */
public final class ReadingSite {

    private static final Log LOG = Log.of(ReadingSite.class);
    private static final String API = "/api/v1";

    private static final String NO_SUCH_PAGE = "no such page: the paths are /issues, /issues/{tenant}/{id}, /messages,"
            + " /messages/{tenant}/{id}, and the same under /api/v1";

    private final ReadModel reads;
    private final Clock clock;
    private final ListParameters parameters;
    private final Layout layout;
    private final IssueListView issueList;
    private final IssueView issueView;
    private final MessageListView messageList;
    private final MessageView messageView;
    private final JsonViews json;
    private final Assets assets = new Assets();

    /**
     * @param tenants     the configured tenants; any other name in a request is a 404
     * @param externalUrl {@code --web.external-url}: links in JSON are absolute under it, links in pages under its path
     */
    public ReadingSite(ReadModel reads, List<String> tenants, URI externalUrl, Clock clock) {
        this(reads, tenants, externalUrl, clock, Optional.empty());
    }

    /** @param translations machine translations to show beside the originals, when configured */
    public ReadingSite(ReadModel reads, List<String> tenants, URI externalUrl, Clock clock,
                       Optional<TranslationLookup> translations) {
        Translations shown = new Translations(translations);
        this.reads = reads;
        this.clock = clock;
        Links links = new Links(externalUrl);
        this.parameters = new ListParameters(tenants);
        this.layout = new Layout(links);
        this.issueList = new IssueListView(layout, links, tenants, shown);
        this.issueView = new IssueView(layout, links, shown);
        this.messageList = new MessageListView(layout, links, tenants, shown);
        this.messageView = new MessageView(layout, shown);
        this.json = new JsonViews(links, translations);
    }

    /**
     * Answers a GET of {@code path} (decoded) with {@code rawQuery} (still encoded, or null).
     *
     * @return empty when the path is not one of ours
     */
    public Optional<Reply> answer(String path, String rawQuery) {
        boolean api = path.startsWith(API + "/");
        String route = api ? path.substring(API.length()) : path;
        try {
            return Optional.ofNullable(route(route, rawQuery, api));
        } catch (BadRequest e) {
            return Optional.of(api ? Reply.of(e.status(), Reply.JSON, json.problem(e.status(), e.getMessage()))
                    : Reply.of(e.status(), Reply.HTML, layout.problem(e.status(), e.getMessage())));
        } catch (ReadException e) {
            LOG.warn("page not served: the history could not be read", "path", path, "err", e.getMessage());
            String message = "the history could not be read; try again shortly";
            return Optional.of(api ? Reply.of(503, Reply.JSON, json.problem(503, message)) : Reply.of(503, Reply.TEXT, message + "\n"));
        }
    }

    private Reply route(String route, String rawQuery, boolean api) throws BadRequest, ReadException {
        if (!api && route.equals(Layout.STYLESHEET)) {
            return Reply.of(200, "text/css; charset=utf-8", assets.stylesheet);
        }
        if (!api && route.equals(Layout.SCRIPT)) {
            return Reply.of(200, "text/javascript; charset=utf-8", assets.script);
        }
        Instant now = clock.instant();
        if (route.equals("/issues")) {
            Query query = Query.parse(rawQuery, ListParameters.ISSUE_PARAMETERS);
            IssuePage page = issues(parameters.issueFilter(query), ListParameters.page(query));
            return api ? Reply.of(200, Reply.JSON, json.issues(page, now)) : Reply.of(200, Reply.HTML, issueList.render(page, now));
        }
        if (route.equals("/messages")) {
            Query query = Query.parse(rawQuery, ListParameters.MESSAGE_PARAMETERS);
            MessagePage page = messages(parameters.messageFilter(query), ListParameters.page(query), now);
            return api ? Reply.of(200, Reply.JSON, json.messages(page, now)) : Reply.of(200, Reply.HTML, messageList.render(page, now));
        }
        String[] parts = route.split("/", -1);
        if (!api && (parts.length > 4 || parts.length == 4 && parts[3].contains("."))) {
            // Not a page of ours, such as /issues/{tenant}/{id}.md: left to whoever serves it.
            return null;
        }
        if (parts.length == 4 && parts[0].isEmpty() && (parts[1].equals("issues") || parts[1].equals("messages"))) {
            Query.parse(rawQuery, Set.of());
            String tenant = parameters.tenant(parts[2]);
            String id = ListParameters.id(parts[3]);
            if (parts[1].equals("issues")) {
                IssueDetail issue = reads.issue(tenant, id).orElseThrow(() -> BadRequest.notFound(
                        "tenant " + tenant + " has no issue " + id + " in the history"));
                return api ? Reply.of(200, Reply.JSON, json.issue(issue, now)) : Reply.of(200, Reply.HTML, issueView.render(issue, now));
            }
            MessageDetail message = reads.message(tenant, id).orElseThrow(() -> BadRequest.notFound(
                    "tenant " + tenant + " has no Message Center post " + id + " in the history"));
            return api ? Reply.of(200, Reply.JSON, json.message(message, now)) : Reply.of(200, Reply.HTML, messageView.render(message, now));
        }
        if (api || route.startsWith("/issues/") || route.startsWith("/messages/") || route.startsWith("/static/")) {
            throw BadRequest.notFound(NO_SUCH_PAGE);
        }
        return null;
    }

    /** The 404 for a path under our prefixes that nothing serves. */
    public Reply notFound(String path) {
        return path.startsWith(API + "/") ? Reply.of(404, Reply.JSON, json.problem(404, NO_SUCH_PAGE))
                : Reply.of(404, Reply.HTML, layout.problem(404, NO_SUCH_PAGE));
    }

    private IssuePage issues(IssueFilter filter, PageRequest page) throws BadRequest, ReadException {
        IssuePage result = reads.issues(filter, page);
        ListParameters.checkInRange(page, result.matching());
        return result;
    }

    private MessagePage messages(MessageFilter filter, PageRequest page, Instant now) throws BadRequest, ReadException {
        MessagePage result = reads.messages(filter, page, now);
        ListParameters.checkInRange(page, result.matching());
        return result;
    }
}

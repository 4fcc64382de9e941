package io.github.m365health.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.m365health.health.IssuePost;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageChange;
import io.github.m365health.readmodel.IssueDetail;
import io.github.m365health.readmodel.IssuePage;
import io.github.m365health.readmodel.IssueRow;
import io.github.m365health.readmodel.MessageDetail;
import io.github.m365health.readmodel.MessagePage;
import io.github.m365health.readmodel.MessageRow;
import io.github.m365health.readmodel.ReopenLink;
import io.github.m365health.readmodel.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import io.github.m365health.translate.TranslationLookup;
import org.jsoup.Jsoup;

/**
 * The JSON API's documents: snake_case names, times as ISO-8601 UTC strings, durations in
 * seconds, every item with the URL of its page. Microsoft's post and message HTML comes
 * sanitized ({@code *_html}) and as plain text ({@code *_text}), never raw.
 */
final class JsonViews {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Links links;
    private final TranslationJson translations;

    JsonViews(Links links) {
        this(links, Optional.empty());
    }

    JsonViews(Links links, Optional<TranslationLookup> translations) {
        this.links = links;
        this.translations = new TranslationJson(translations);
    }

    String issues(IssuePage page, Instant now) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode filter = root.putObject("filter");
        filter.put("tenant", page.filter().tenant());
        filter.put("service_name", page.filter().serviceName());
        filter.put("classification", page.filter().classification() == null ? null : page.filter().classification().wireName());
        filter.put("state", page.filter().state().parameter());
        filter.put("q", page.filter().text());
        paging(root, page.page().number(), page.page().size(), page.pageCount());
        ObjectNode counts = root.putObject("counts");
        counts.put("matching", page.matching());
        counts.put("open", page.open());
        counts.put("ended", page.ended());
        strings(root.putArray("services"), page.services());
        ArrayNode issues = root.putArray("issues");
        for (IssueRow row : page.rows()) {
            ObjectNode issue = issues.addObject();
            issue.put("tenant", row.tenant());
            issue.put("id", row.id());
            issue.put("title", row.title());
            issue.put("service_name", row.serviceName());
            issue.put("classification", row.classification().wireName());
            issue.put("status", row.status().wireName());
            issue.put("resolved", row.resolved());
            time(issue, "start", row.start());
            time(issue, "end", row.end());
            time(issue, "vanished_at", row.vanishedAt());
            time(issue, "last_update", row.lastUpdate());
            issue.put("duration_seconds", row.duration(now).toSeconds());
            urls(issue, Links.issue(row.tenant(), row.id()));
        }
        return write(root);
    }

    String issue(IssueDetail detail, Instant now) {
        ObjectNode root = mapper.createObjectNode();
        root.put("tenant", detail.tenant());
        root.put("id", detail.id());
        root.put("title", detail.title());
        root.put("service_name", detail.serviceName());
        root.put("feature_group", detail.featureGroup());
        root.put("feature", detail.feature());
        root.put("classification", detail.classification().wireName());
        root.put("origin", detail.origin().wireName());
        root.put("status", detail.status().wireName());
        root.put("resolved", detail.resolved());
        root.put("user_impact", detail.userImpact());
        time(root, "start", detail.start());
        time(root, "end", detail.end());
        time(root, "vanished_at", detail.vanishedAt());
        time(root, "last_update", detail.lastUpdate());
        root.put("duration_seconds", detail.duration(now).toSeconds());
        time(root, "first_seen", detail.firstSeen());
        translations.withTitle(root, detail.title());
        ArrayNode posts = root.putArray("posts");
        for (IssuePost post : detail.posts()) {
            ObjectNode node = posts.addObject();
            time(node, "created", post.createdAt());
            node.put("post_type", post.postType());
            node.put("content_html", PostHtml.clean(post.content()));
            node.put("content_text", text(post.content()));
            translations.body(node, post.content(), "content_html");
        }
        ArrayNode timeline = root.putArray("timeline");
        for (TimelineEntry entry : detail.timeline()) {
            ObjectNode node = timeline.addObject();
            time(node, "at", entry.at());
            node.put("kind", entry.kind().name().toLowerCase(Locale.ROOT));
            node.put("from", entry.from() == null ? null : entry.from().wireName());
            node.put("to", entry.to() == null ? null : entry.to().wireName());
        }
        ArrayNode reopens = root.putArray("reopens");
        for (ReopenLink link : detail.reopens()) {
            ObjectNode node = reopens.addObject();
            node.put("role", link.role().name().toLowerCase(Locale.ROOT));
            node.put("kind", link.kind().label());
            node.put("issue_id", link.issueId());
            time(node, "at", link.at());
            if (link.evidence() == null) {
                node.putNull("evidence");
            } else {
                ObjectNode evidence = node.putObject("evidence");
                evidence.put("source", link.evidence().source().name().toLowerCase(Locale.ROOT));
                time(evidence, "posted_at", link.evidence().postedAt());
                evidence.put("excerpt", link.evidence().excerpt());
            }
            node.put("url", links.absolute(Links.issue(detail.tenant(), link.issueId())));
        }
        root.put("admin_center_url", detail.adminCenter().toString());
        urls(root, Links.issue(detail.tenant(), detail.id()));
        return write(root);
    }

    String messages(MessagePage page, Instant now) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode filter = root.putObject("filter");
        filter.put("tenant", page.filter().tenant());
        filter.put("service_name", page.filter().serviceName());
        filter.put("category", page.filter().category() == null ? null : page.filter().category().wireName());
        filter.put("severity", page.filter().severity() == null ? null : page.filter().severity().wireName());
        filter.put("state", page.filter().state().parameter());
        filter.put("q", page.filter().text());
        paging(root, page.page().number(), page.page().size(), page.pageCount());
        ObjectNode counts = root.putObject("counts");
        counts.put("matching", page.matching());
        counts.put("active", page.active());
        strings(root.putArray("services"), page.services());
        ArrayNode messages = root.putArray("messages");
        for (MessageRow row : page.rows()) {
            ObjectNode node = messages.addObject();
            node.put("tenant", row.tenant());
            node.put("id", row.id());
            node.put("title", row.title());
            strings(node.putArray("services"), row.services());
            node.put("category", row.category().wireName());
            node.put("severity", row.severity().wireName());
            node.put("major_change", row.majorChange());
            node.put("active", row.activeAt(now));
            time(node, "start", row.start());
            time(node, "end", row.end());
            time(node, "last_update", row.lastUpdate());
            deadline(node, row.actionRequiredBy(), now);
            urls(node, Links.message(row.tenant(), row.id()));
        }
        return write(root);
    }

    String message(MessageDetail detail, Instant now) {
        Message message = detail.message();
        ObjectNode root = mapper.createObjectNode();
        root.put("tenant", detail.tenant());
        root.put("id", message.id());
        root.put("title", message.title());
        strings(root.putArray("services"), message.services());
        strings(root.putArray("tags"), message.tags());
        root.put("category", message.category().wireName());
        root.put("severity", message.severity().wireName());
        root.put("major_change", message.majorChange());
        root.put("active", message.activeAt(now));
        time(root, "start", message.start());
        time(root, "end", message.end());
        time(root, "last_update", message.lastModified());
        time(root, "first_seen", detail.firstSeen());
        deadline(root, message.actionRequiredBy(), now);
        root.put("body_html", PostHtml.clean(message.body()));
        root.put("body_text", text(message.body()));
        translations.bodyInto(translations.withTitle(root, message.title()), message.body(), "body");
        ArrayNode changes = root.putArray("changes");
        for (MessageChange change : detail.changes()) {
            ObjectNode node = changes.addObject();
            time(node, "at", change.at());
            node.put("field", change.field().wireName());
            node.put("from", change.from());
            node.put("to", change.to());
        }
        root.put("admin_center_url", detail.adminCenter().toString());
        urls(root, Links.message(detail.tenant(), message.id()));
        return write(root);
    }

    /** A 4xx as JSON: {"error": {"status": 404, "message": "..."}}. */
    String problem(int status, String message) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("status", status);
        error.put("message", message);
        return write(root);
    }

    private static void paging(ObjectNode root, int number, int size, int pages) {
        root.put("page", number);
        root.put("per_page", size);
        root.put("pages", pages);
    }

    private void deadline(ObjectNode node, Instant actionRequiredBy, Instant now) {
        time(node, "action_required_by", actionRequiredBy);
        if (actionRequiredBy == null) {
            node.putNull("time_left_seconds");
        } else {
            node.put("time_left_seconds", Duration.between(now, actionRequiredBy).toSeconds());
        }
    }

    private void urls(ObjectNode node, String path) {
        node.put("url", links.absolute(path));
        node.put("api_url", links.absolute("/api/v1" + path));
    }

    private static void time(ObjectNode node, String name, Instant at) {
        node.put(name, at == null ? null : at.toString());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String text(String html) {
        return html == null || html.isEmpty() ? "" : Jsoup.parse(PostHtml.clean(html)).wholeText().strip();
    }

    private String write(ObjectNode root) {
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of an in-memory tree cannot fail: " + e.getMessage(), e);
        }
    }
}

package io.github.m365health.web.pages;

import io.github.m365health.health.IncidentReport;
import io.github.m365health.readmodel.IssueDetail;
import io.github.m365health.readmodel.ReadException;
import io.github.m365health.readmodel.ReadModel;
import io.github.m365health.readmodel.ReopenLink;
import io.github.m365health.report.IncidentDossier;
import io.github.m365health.store.IncidentReviews;
import io.github.m365health.store.StoreException;
import io.github.m365health.web.WebRequest;
import io.github.m365health.web.WebResponse;
import io.github.m365health.web.WebRoute;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /issues/{tenant}/{id}.md}, the incident dossier, and {@code /issues/{tenant}/{id}/report},
 * Microsoft's post-incident review as Graph sent it. The review is foreign content served from our
 * origin: only types a browser cannot run are served inline, anything else (HTML, SVG, XML,
 * unknown) goes out as an attachment of type application/octet-stream, always with nosniff and a
 * sandboxing Content-Security-Policy.
 */
public final class IssueDocumentsRoute implements WebRoute {

    private static final Pattern DOSSIER = Pattern.compile("/issues/([^/]+)/([^/]+)\\.md");
    private static final Pattern REVIEW = Pattern.compile("/issues/([^/]+)/([^/]+)/report");

    /** Types a browser shows but never executes in our origin; the value is the file extension. */
    private static final Map<String, String> INLINE = Map.of("application/pdf", "pdf", "text/plain", "txt");
    private static final Map<String, String> ATTACHMENT = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/msword", "doc");

    private final ReadModel reads;
    private final IncidentReviews reviews;
    private final Clock clock;
    private final WebRoute others;

    /** @param others answers every other path, such as the pages' own "not found" */
    public IssueDocumentsRoute(ReadModel reads, IncidentReviews reviews, Clock clock, WebRoute others) {
        this.reads = reads;
        this.reviews = reviews;
        this.clock = clock;
        this.others = others;
    }

    @Override
    public void handle(WebRequest request, WebResponse response) throws IOException {
        Matcher dossier = DOSSIER.matcher(request.path());
        Matcher review = REVIEW.matcher(request.path());
        try {
            if (dossier.matches()) {
                dossier(decode(dossier.group(1)), decode(dossier.group(2)), response);
            } else if (review.matches()) {
                review(decode(review.group(1)), decode(review.group(2)), response);
            } else {
                others.handle(request, response);
            }
        } catch (ReadException | StoreException e) {
            response.send(503, WebResponse.TEXT, "the history could not be read; try again shortly\n");
        }
    }

    private void dossier(String tenant, String id, WebResponse response) throws IOException, ReadException {
        Optional<IssueDetail> issue = reads.issue(tenant, id);
        if (issue.isEmpty()) {
            response.send(404, WebResponse.TEXT, "No issue " + id + " of tenant " + tenant + " in the history\n");
            return;
        }
        Map<String, IssueDetail> related = new HashMap<>();
        for (ReopenLink link : issue.get().reopens()) {
            reads.issue(tenant, link.issueId()).ifPresent(other -> related.put(other.id(), other));
        }
        response.send(200, WebResponse.MARKDOWN, IncidentDossier.render(issue.get(), related, clock.instant()));
    }

    private void review(String tenant, String id, WebResponse response) throws IOException, StoreException {
        Optional<IncidentReviews.StoredReview> stored = reviews.review(tenant, id);
        if (stored.isEmpty()) {
            response.send(404, WebResponse.TEXT, "No post-incident review of " + id + " of tenant " + tenant
                    + " is stored: Microsoft publishes one at status postIncidentReviewPublished, and the exporter"
                    + " fetches it on the next poll\n");
            return;
        }
        IncidentReport report = stored.get().report();
        String type = report.contentType().toLowerCase(Locale.ROOT).split(";")[0].strip();
        String file = id.replaceAll("[^A-Za-z0-9_-]", "_") + "-post-incident-review.";
        response.header("Content-Security-Policy", "sandbox; default-src 'none'");
        if (INLINE.containsKey(type)) {
            response.header("Content-Disposition", "inline; filename=\"" + file + INLINE.get(type) + "\"");
            response.send(200, type.equals("text/plain") ? WebResponse.TEXT : type, report.document());
        } else {
            response.header("Content-Disposition", "attachment; filename=\"" + file + ATTACHMENT.getOrDefault(type, "bin") + "\"");
            response.send(200, ATTACHMENT.containsKey(type) ? type : "application/octet-stream", report.document());
        }
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}

package io.github.m365health.demo;

import io.github.m365health.health.Classification;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssuePost;
import io.github.m365health.health.Origin;
import io.github.m365health.health.ServiceHealthStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One issue while a world is being computed. Every change stamps {@code lastModifiedDateTime}
 * with the draft's current time, as Graph does on each edit.
 */
final class IssueDraft {

    private final String id;
    private final DemoService service;
    private final String featureGroup;
    private final String feature;
    private final List<IssuePost> posts = new ArrayList<>();
    private Classification classification;
    private String title = "";
    private String impact = "";
    private ServiceHealthStatus status = ServiceHealthStatus.SERVICE_DEGRADATION;
    private boolean resolved;
    private Instant start;
    private Instant end;
    private Instant lastModified;
    private Instant when;

    IssueDraft(String id, DemoService service, String featureGroup, String feature,
               Classification classification, Instant start) {
        this.id = id;
        this.service = service;
        this.featureGroup = featureGroup;
        this.feature = feature;
        this.classification = classification;
        this.start = start;
        this.lastModified = start;
        this.when = start;
    }

    /** Later changes happen at {@code instant}. */
    IssueDraft asOf(Instant instant) {
        this.when = instant;
        return this;
    }

    IssueDraft title(String newTitle) {
        title = newTitle;
        return touched();
    }

    IssueDraft impact(String newImpact) {
        impact = newImpact;
        return touched();
    }

    IssueDraft status(ServiceHealthStatus newStatus) {
        status = newStatus;
        return touched();
    }

    IssueDraft classification(Classification newClassification) {
        classification = newClassification;
        return touched();
    }

    /** Microsoft moves {@code startDateTime}, backwards too, when it learns when impact began. */
    IssueDraft startedAt(Instant newStart) {
        start = newStart;
        return touched();
    }

    IssueDraft post(String content) {
        posts.add(new IssuePost(when, "regular", content));
        return touched();
    }

    IssueDraft restored(String finalPost) {
        status = ServiceHealthStatus.SERVICE_RESTORED;
        resolved = true;
        end = when;
        return post(finalPost);
    }

    /** The same id comes back: unresolved again, without an end. */
    IssueDraft reopened(String post) {
        status = ServiceHealthStatus.SERVICE_DEGRADATION;
        resolved = false;
        end = null;
        return post(post);
    }

    Issue toIssue() {
        return new Issue(id, title, service.name(), feature, featureGroup, classification, Origin.MICROSOFT,
                status, resolved, impact, start, end, lastModified, posts);
    }

    private IssueDraft touched() {
        lastModified = when;
        return this;
    }
}

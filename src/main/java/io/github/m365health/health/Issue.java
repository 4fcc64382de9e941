package io.github.m365health.health;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Graph's latest view of one service health issue. Only {@code id} is stable: Microsoft edits the
 * title, classification, impact text and even moves {@code start} backwards (EX1215307's start
 * was revised by six days when it ended), so every field is taken as of the latest poll.
 *
 * @param end null while the issue is ongoing
 */
public record Issue(
        String id,
        String title,
        String serviceName,
        String feature,
        String featureGroup,
        Classification classification,
        Origin origin,
        ServiceHealthStatus status,
        boolean resolved,
        String impactDescription,
        Instant start,
        Instant end,
        Instant lastModified,
        List<IssuePost> posts) {

    public Issue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(lastModified, "lastModified");
        title = title == null ? "" : title;
        feature = feature == null ? "" : feature;
        featureGroup = featureGroup == null ? "" : featureGroup;
        impactDescription = impactDescription == null ? "" : impactDescription;
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    /** The same issue with no posts: for holding many issues in memory when their text is not needed. */
    public Issue withoutPosts() {
        return posts.isEmpty() ? this : new Issue(id, title, serviceName, feature, featureGroup, classification, origin,
                status, resolved, impactDescription, start, end, lastModified, List.of());
    }
}

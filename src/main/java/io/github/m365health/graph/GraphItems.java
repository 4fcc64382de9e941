package io.github.m365health.graph;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.m365health.graph.PageParser.InvalidItem;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssuePost;
import io.github.m365health.health.Message;
import io.github.m365health.health.ServiceHealth;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Graph's JSON items (graph-api.md §2) mapped to the domain records. The DTOs mirror the wire,
 * with every property nullable, so that what is required is decided here in one place.
 */
final class GraphItems {

    record ServiceHealthDto(
            @JsonProperty("id") String id,
            @JsonProperty("service") String service,
            @JsonProperty("status") String status) implements ItemDto {
    }

    record ItemBodyDto(@JsonProperty("contentType") String contentType, @JsonProperty("content") String content) {
    }

    record PostDto(
            @JsonProperty("createdDateTime") String createdDateTime,
            @JsonProperty("postType") String postType,
            @JsonProperty("description") ItemBodyDto description) {
    }

    record IssueDto(
            @JsonProperty("id") String id,
            @JsonProperty("title") String title,
            @JsonProperty("service") String service,
            @JsonProperty("feature") String feature,
            @JsonProperty("featureGroup") String featureGroup,
            @JsonProperty("classification") String classification,
            @JsonProperty("origin") String origin,
            @JsonProperty("status") String status,
            @JsonProperty("isResolved") Boolean isResolved,
            @JsonProperty("impactDescription") String impactDescription,
            @JsonProperty("startDateTime") String startDateTime,
            @JsonProperty("endDateTime") String endDateTime,
            @JsonProperty("lastModifiedDateTime") String lastModifiedDateTime,
            @JsonProperty("posts") List<PostDto> posts) implements ItemDto {
    }

    record MessageDto(
            @JsonProperty("id") String id,
            @JsonProperty("title") String title,
            @JsonProperty("startDateTime") String startDateTime,
            @JsonProperty("endDateTime") String endDateTime,
            @JsonProperty("lastModifiedDateTime") String lastModifiedDateTime,
            @JsonProperty("category") String category,
            @JsonProperty("severity") String severity,
            @JsonProperty("isMajorChange") Boolean isMajorChange,
            @JsonProperty("actionRequiredByDateTime") String actionRequiredByDateTime,
            @JsonProperty("services") List<String> services,
            @JsonProperty("tags") List<String> tags,
            @JsonProperty("body") ItemBodyDto body) implements ItemDto {
    }

    /** An item of a listing, which each has an id to name it by when it cannot be read. */
    interface ItemDto {
        String id();
    }

    private final WireValues wire;

    GraphItems(WireValues wire) {
        this.wire = Objects.requireNonNull(wire, "wire");
    }

    ServiceHealth serviceHealth(ServiceHealthDto dto) throws InvalidItem {
        return new ServiceHealth(
                required(dto.id(), "id"),
                required(dto.service(), "service"),
                wire.status(dto.status()));
    }

    Issue issue(IssueDto dto) throws InvalidItem {
        String id = required(dto.id(), "id");
        return new Issue(
                id,
                dto.title(),
                required(dto.service(), "service"),
                dto.feature(),
                dto.featureGroup(),
                wire.classification(dto.classification()),
                wire.origin(dto.origin()),
                wire.status(dto.status()),
                // Non-null in the schema; were it missing, "unresolved" is the answer that loses nothing.
                Boolean.TRUE.equals(dto.isResolved()),
                dto.impactDescription(),
                WireDates.required(dto.startDateTime(), "startDateTime"),
                WireDates.optional(dto.endDateTime(), "endDateTime"),
                WireDates.required(dto.lastModifiedDateTime(), "lastModifiedDateTime"),
                posts(dto.posts()));
    }

    Message message(MessageDto dto) throws InvalidItem {
        return new Message(
                required(dto.id(), "id"),
                dto.title(),
                WireDates.required(dto.startDateTime(), "startDateTime"),
                WireDates.optional(dto.endDateTime(), "endDateTime"),
                WireDates.required(dto.lastModifiedDateTime(), "lastModifiedDateTime"),
                wire.category(dto.category()),
                wire.severity(dto.severity()),
                Boolean.TRUE.equals(dto.isMajorChange()),
                WireDates.optional(dto.actionRequiredByDateTime(), "actionRequiredByDateTime"),
                strings(dto.services()),
                strings(dto.tags()),
                dto.body() == null ? null : dto.body().content());
    }

    /** A post without its creation time cannot be placed in the issue's story; it is dropped, the issue kept. */
    private List<IssuePost> posts(List<PostDto> posts) {
        if (posts == null) {
            return List.of();
        }
        List<IssuePost> result = new ArrayList<>(posts.size());
        for (PostDto post : posts) {
            if (post == null) {
                continue;
            }
            Instant created;
            try {
                created = WireDates.required(post.createdDateTime(), "createdDateTime");
            } catch (InvalidItem e) {
                continue;
            }
            String content = post.description() == null ? null : post.description().content();
            result.add(new IssuePost(created, wire.postType(post.postType()), content));
        }
        return result;
    }

    private static List<String> strings(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    private static String required(String value, String field) throws InvalidItem {
        if (value == null || value.isBlank()) {
            throw new InvalidItem("missing " + field);
        }
        return value;
    }
}

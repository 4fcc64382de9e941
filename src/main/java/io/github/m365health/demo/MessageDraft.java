package io.github.m365health.demo;

import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageSeverity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One Message Center post while a world is being computed; edits stamp {@code lastModifiedDateTime}. */
final class MessageDraft {

    private final String id;
    private final MessageCategory category;
    private final MessageSeverity severity;
    private final Instant start;
    private final List<String> tags = new ArrayList<>();
    private String title;
    private String body = "";
    private Boolean majorChange;
    private Instant end;
    private Instant actionRequiredBy;
    private List<String> services;
    private Instant lastModified;
    private Instant when;

    MessageDraft(String id, String title, MessageCategory category, MessageSeverity severity, Instant start) {
        this.id = id;
        this.title = title;
        this.category = category;
        this.severity = severity;
        this.start = start;
        this.lastModified = start;
        this.when = start;
    }

    MessageDraft asOf(Instant instant) {
        when = instant;
        return this;
    }

    MessageDraft title(String newTitle) {
        title = newTitle;
        return touched();
    }

    MessageDraft body(String newBody) {
        body = newBody;
        return touched();
    }

    /** Null like Graph's nullable {@code isMajorChange}. */
    MessageDraft majorChange(Boolean major) {
        majorChange = major;
        return touched();
    }

    MessageDraft endsAt(Instant newEnd) {
        end = newEnd;
        return touched();
    }

    MessageDraft actionRequiredBy(Instant deadline) {
        actionRequiredBy = deadline;
        return touched();
    }

    /** Null like Graph's nullable {@code services}. */
    MessageDraft services(List<String> serviceNames) {
        services = serviceNames;
        return touched();
    }

    MessageDraft tag(String tag) {
        tags.add(tag);
        return touched();
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    DemoMessage toMessage() {
        return new DemoMessage(id, title, start, end, lastModified, category, severity, majorChange,
                actionRequiredBy, services, tags, body);
    }

    private MessageDraft touched() {
        lastModified = when;
        return this;
    }
}

package io.github.m365health.health;

import java.util.Objects;

/**
 * Microsoft's post-incident review of an issue, as Graph sent it: the document's bytes and the
 * {@code Content-Type} it named (graph-api.md §1: the type, PDF or other, is not documented).
 */
public record IncidentReport(byte[] document, String contentType) {
    public IncidentReport {
        Objects.requireNonNull(document, "document");
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType.strip();
    }
}

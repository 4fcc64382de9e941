package io.github.m365health.graph;

/** What the exporter calls, as named in the {@code endpoint} label. */
public enum GraphEndpoint {
    HEALTH_OVERVIEWS("health_overviews", "/v1.0/admin/serviceAnnouncement/healthOverviews", "ServiceHealth.Read.All"),
    ISSUES("issues", "/v1.0/admin/serviceAnnouncement/issues", "ServiceHealth.Read.All"),
    MESSAGES("messages", "/v1.0/admin/serviceAnnouncement/messages", "ServiceMessage.Read.All"),
    /** The Entra ID token endpoint; it has no Graph path or permission. */
    TOKEN("token", null, null);

    private final String label;
    private final String path;
    private final String permission;

    GraphEndpoint(String label, String path, String permission) {
        this.label = label;
        this.path = path;
        this.permission = permission;
    }

    public String label() {
        return label;
    }

    /** Path below the Graph origin; null for {@link #TOKEN}. */
    public String path() {
        return path;
    }

    /** The application permission a 403 from this endpoint points to; null for {@link #TOKEN}. */
    public String permission() {
        return permission;
    }
}

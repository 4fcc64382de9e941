package io.github.m365health.health;

/** How a resolved issue came back. */
public enum ReopenKind {
    /** The same id went from resolved back to unresolved. */
    SAME_ID("same_id"),
    /** A new issue names an issue of the same tenant that ended recently (EX1268771 naming EX1256020). */
    FOLLOW_UP("follow_up");

    private final String label;

    ReopenKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

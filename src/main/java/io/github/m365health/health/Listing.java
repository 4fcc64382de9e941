package io.github.m365health.health;

import java.util.List;

/** The three listings a tenant's polls fetch from Graph, as named in the {@code endpoint} label. */
public enum Listing {
    HEALTH_OVERVIEWS("health_overviews"),
    ISSUES("issues"),
    MESSAGES("messages");

    /** In the order polls fetch them and pages show them. */
    public static final List<Listing> ALL = List.of(values());

    private final String label;

    Listing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

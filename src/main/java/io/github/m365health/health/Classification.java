package io.github.m365health.health;

/** Graph's {@code serviceHealthClassificationType}: an incident is user-visible loss of a service or major function, an advisory a limited problem. */
public enum Classification implements WireEnum {
    INCIDENT("incident"),
    ADVISORY("advisory"),
    UNKNOWN("unknown");

    private final String wireName;

    Classification(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static Classification parse(String raw) {
        return WireEnum.parse(Classification.class, raw, UNKNOWN);
    }
}

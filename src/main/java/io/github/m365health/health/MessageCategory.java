package io.github.m365health.health;

/** Graph's {@code serviceUpdateCategory} of a Message Center post. */
public enum MessageCategory implements WireEnum {
    PREVENT_OR_FIX_ISSUE("preventOrFixIssue"),
    PLAN_FOR_CHANGE("planForChange"),
    STAY_INFORMED("stayInformed"),
    UNKNOWN("unknown");

    private final String wireName;

    MessageCategory(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static MessageCategory parse(String raw) {
        return WireEnum.parse(MessageCategory.class, raw, UNKNOWN);
    }
}

package io.github.m365health.health;

/** Graph's {@code serviceUpdateSeverity} of a Message Center post. */
public enum MessageSeverity implements WireEnum {
    NORMAL("normal"),
    HIGH("high"),
    CRITICAL("critical"),
    UNKNOWN("unknown");

    private final String wireName;

    MessageSeverity(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static MessageSeverity parse(String raw) {
        return WireEnum.parse(MessageSeverity.class, raw, UNKNOWN);
    }
}

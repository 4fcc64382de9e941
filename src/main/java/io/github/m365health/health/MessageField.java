package io.github.m365health.health;

import java.util.function.Function;

/** The fields of a Message Center post whose every value is kept, because change managers plan by them. */
public enum MessageField {
    ACTION_REQUIRED_BY("actionRequiredBy", m -> m.actionRequiredBy() == null ? null : m.actionRequiredBy().toString()),
    SEVERITY("severity", m -> m.severity().wireName()),
    CATEGORY("category", m -> m.category().wireName());

    private final String wireName;
    private final Function<Message, String> reader;

    MessageField(String wireName, Function<Message, String> reader) {
        this.wireName = wireName;
        this.reader = reader;
    }

    /** Graph's property name without the {@code DateTime} suffix. */
    public String wireName() {
        return wireName;
    }

    /** The field's value in {@code message} as text: an ISO-8601 instant or a wire enum name; null when unset. */
    public String valueOf(Message message) {
        return reader.apply(message);
    }

    public static MessageField fromWireName(String wireName) {
        for (MessageField field : values()) {
            if (field.wireName.equals(wireName)) {
                return field;
            }
        }
        throw new IllegalArgumentException("unknown message field " + wireName);
    }
}

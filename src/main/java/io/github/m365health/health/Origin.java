package io.github.m365health.health;

/** Graph's {@code serviceHealthOrigin}: who caused an issue. */
public enum Origin implements WireEnum {
    MICROSOFT("microsoft"),
    THIRD_PARTY("thirdParty"),
    CUSTOMER("customer"),
    UNKNOWN("unknown");

    private final String wireName;

    Origin(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static Origin parse(String raw) {
        return WireEnum.parse(Origin.class, raw, UNKNOWN);
    }
}

package io.github.m365health.health;

import java.util.Locale;

/**
 * An enum that Graph sends as a camelCase string. Graph's docs print PascalCase while the wire
 * carries camelCase, and evolvable enums may grow, so parsing is case-insensitive and anything
 * unrecognised becomes the enum's {@code unknown} member instead of an error.
 */
public interface WireEnum {

    /** The camelCase value as Graph sends it; also the label value we expose. */
    String wireName();

    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String raw, E unknown) {
        if (raw == null) {
            return unknown;
        }
        String wanted = raw.trim().toLowerCase(Locale.ROOT);
        for (E candidate : type.getEnumConstants()) {
            if (candidate.wireName().toLowerCase(Locale.ROOT).equals(wanted)) {
                return candidate;
            }
        }
        return unknown;
    }
}

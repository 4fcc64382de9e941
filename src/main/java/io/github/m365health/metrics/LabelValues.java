package io.github.m365health.metrics;

/**
 * Keeps label values bounded. Titles are free text written by Microsoft; an unbounded label
 * value bloats every sample and Prometheus' index, so every value is cut at
 * {@value #MAX_CODE_POINTS} code points. Cutting on a code point boundary keeps a surrogate pair
 * (an emoji, a rare CJK ideograph) from being split into invalid UTF-8.
 */
public final class LabelValues {

    public static final int MAX_CODE_POINTS = 200;

    private LabelValues() {
    }

    public static String trim(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= MAX_CODE_POINTS) {
            return value;
        }
        if (value.codePointCount(0, value.length()) <= MAX_CODE_POINTS) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX_CODE_POINTS));
    }
}

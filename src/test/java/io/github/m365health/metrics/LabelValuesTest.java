package io.github.m365health.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LabelValuesTest {

    @Test
    void keepsValuesOfAtMost200CodePointsAsTheyAre() {
        String exactly200 = "a".repeat(200);
        assertSame(exactly200, LabelValues.trim(exactly200));
        assertEquals("Exchange Online", LabelValues.trim("Exchange Online"));
    }

    @Test
    void cutsLongerValuesAfter200CodePoints() {
        String trimmed = LabelValues.trim("x".repeat(10_000));
        assertEquals(200, trimmed.length());
    }

    @Test
    void countsSurrogatePairsAsOneCharacterAndNeverSplitsThem() {
        String emoji = "\uD83D\uDCE7"; // U+1F4E7, two UTF-16 units
        String value = emoji.repeat(250);
        String trimmed = LabelValues.trim(value);
        assertEquals(200, trimmed.codePointCount(0, trimmed.length()));
        assertEquals(400, trimmed.length());
        assertEquals(emoji.repeat(200).substring(0, 400), trimmed.substring(0, 400));
    }

    @Test
    void cutsOnACodePointBoundaryWhenAPairStraddlesTheLimit() {
        String value = "a".repeat(199) + "\uD83D\uDCE7" + "tail";
        String trimmed = LabelValues.trim(value);
        assertEquals("a".repeat(199) + "\uD83D\uDCE7", trimmed);
    }

    @Test
    void keepsCjkTextUpTo200Characters() {
        String japanese = "一部のユーザーはメールボックスにアクセスできなかった可能性があります。".repeat(10);
        String trimmed = LabelValues.trim(japanese);
        assertEquals(japanese.substring(0, 200), trimmed);
    }

    @Test
    void readsNullAsEmpty() {
        assertEquals("", LabelValues.trim(null));
    }
}

package io.github.m365health.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IssueReferencesTest {

    private static final Pattern ISSUE_ID = Pattern.compile("\\b[A-Z]{2,4}\\d{5,9}\\b");

    @Test
    void aTextNamingAnIdPassesTheQuickCheck() {
        assertTrue(IssueReferences.mayNameAnId("the impact described in EX1256020 is still occurring"));
        assertTrue(IssueReferences.mayNameAnId("TM22679"));
    }

    @Test
    void aTextWithoutCapitalAndFiveDigitsIsSkipped() {
        assertFalse(IssueReferences.mayNameAnId("Start time: Monday, March 4, 2024, at 10:30 PM UTC"));
        assertFalse(IssueReferences.mayNameAnId("EX1234 and 123456 and ex123456"));
        assertFalse(IssueReferences.mayNameAnId(""));
    }

    @Test
    void theQuickCheckPassesEveryTextThePatternFindsAnIdIn() {
        Random random = new Random(17);
        String alphabet = "AEXTM0123456789 _-.ÄéٳX";
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            boolean found = ISSUE_ID.matcher(text).find();
            if (found) {
                matched++;
                assertTrue(IssueReferences.mayNameAnId(text.toString()), text.toString());
            }
        }
        assertTrue(matched > 100, "the random texts named too few ids to prove anything: " + matched);
    }
}

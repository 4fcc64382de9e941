package io.github.m365health.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PromisedUpdateTest {

    private static PromisedUpdate read(String post) {
        return PromisedUpdate.ofLatest(List.of(new IssuePost(Instant.parse("2021-11-17T12:00:00Z"), "regular", post)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Next update by: Wednesday, November 17, 2021, at 2:30 PM UTC            | 2021-11-17T14:30:00Z
            Next Update: Friday, August 6, 2021, at 9:00 PM UTC                     | 2021-08-06T21:00:00Z
            Next update by: Friday, January 2, 2026, at 12:00 AM UTC                | 2026-01-02T00:00:00Z
            Next update by: Thursday, January 8, 2026, at 12:30 PM UTC              | 2026-01-08T12:30:00Z
            next update by : Wednesday, November 17, 2021 at 2:30 p.m. UTC.         | 2021-11-17T14:30:00Z
            Next update by: November 17, 2021, at 14:30 UTC                         | 2021-11-17T14:30:00Z
            Next update by: Wed, Nov 17, 2021, at 2:30 PM (UTC)                     | 2021-11-17T14:30:00Z
            """)
    void readsThePromisedTimeAsUtc(String post, String expected) {
        assertEquals(new PromisedUpdate.Promised(Instant.parse(expected)), read("Current status: Working on it.\n" + post));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Next update by: Wednesday, November 17, at 2:30 PM UTC",
            "Next update by: Thursday, November 17, 2021, at 2:30 PM UTC",
            "Next update by: Wednesday, November 17, 2021, at 2:30 PM PST",
            "Next update by: Wednesday, November 31, 2021, at 2:30 PM UTC",
            "Next update by: Wednesday, November 17, 2021, at 13:30 PM UTC",
            "Next update by: soon",
            "Next update by: Wednesday, Brumaire 17, 2021, at 2:30 PM UTC"})
    void aDateWithoutYearOrAGarbledOneIsUnreadableNeverAGuess(String post) {
        assertInstanceOf(PromisedUpdate.Unreadable.class, read(post));
    }

    @Test
    void onlyTheLatestPostCounts() {
        PromisedUpdate update = PromisedUpdate.ofLatest(List.of(
                new IssuePost(Instant.parse("2026-01-08T12:34:33Z"), "regular", "Final status: Fixed.\nThis is the final update for the event."),
                new IssuePost(Instant.parse("2026-01-08T05:45:28Z"), "regular",
                        "Current status: Investigating.\nNext update by: Thursday, January 8, 2026, at 12:30 PM UTC")));

        assertEquals(new PromisedUpdate.None(), update);
    }

    @Test
    void noPostsPromiseNothing() {
        assertEquals(new PromisedUpdate.None(), PromisedUpdate.ofLatest(List.of()));
    }

    @Test
    void aPromiseGluedToTheNextSectionIsStillRead() {
        assertEquals(new PromisedUpdate.Promised(Instant.parse("2021-08-06T21:00:00Z")),
                read("<p>Current Status: Reviewing.</p><p>Next Update: Friday, August 6, 2021, at 9:00 PM UTC</p>"));
    }
}

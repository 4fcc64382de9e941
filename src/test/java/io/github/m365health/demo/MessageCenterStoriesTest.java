package io.github.m365health.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageSeverity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageCenterStoriesTest {

    private static final DemoOptions SPEED_1 = DemoOptions.defaults();
    private static final Instant T0 = Polls.FIRST_POLL;

    @Test
    void anInformationalMajorChangeWithoutDeadlineLikeMc172851() {
        DemoMessage post = message(0, MessageCenterStories.OFFICE_FILES);

        assertEquals(MessageCategory.STAY_INFORMED, post.category());
        assertEquals(MessageSeverity.NORMAL, post.severity());
        assertEquals(Boolean.TRUE, post.majorChange());
        assertNull(post.actionRequiredBy());
    }

    @Test
    void aHighPlanForChangeIsDueInThreeDaysThenItsDeadlineMovesLaterOnce() {
        DemoMessage before = message(61, MessageCenterStories.SMTP_RETIREMENT);
        DemoMessage after = message(62, MessageCenterStories.SMTP_RETIREMENT);
        DemoMessage later = message(300, MessageCenterStories.SMTP_RETIREMENT);

        assertEquals(MessageCategory.PLAN_FOR_CHANGE, before.category());
        assertEquals(MessageSeverity.HIGH, before.severity());
        assertEquals(T0.plus(Duration.ofDays(3)), before.actionRequiredBy());
        assertEquals(T0.plus(Duration.ofDays(10)), after.actionRequiredBy());
        assertTrue(after.title().startsWith("(Updated) "));
        assertTrue(after.tags().contains("Updated message"));
        assertEquals(T0.plusSeconds(62), after.lastModified());
        assertEquals(after, later, "moved once only");
    }

    @Test
    void aPostNamingThreeServicesIsPublishedDuringTheScript() {
        assertTrue(Polls.worldAt(SPEED_1, 49).message(MessageCenterStories.SYNC_CLIENTS).isEmpty());
        DemoMessage post = message(50, MessageCenterStories.SYNC_CLIENTS);

        assertEquals(List.of("Microsoft Teams", "SharePoint Online", "OneDrive for Business"), post.services());
        assertEquals(T0.plusSeconds(50), post.start());
        assertTrue(post.actionRequiredBy().isAfter(T0.plus(Duration.ofDays(5))));
    }

    @Test
    void aPostWithoutServicesSendsNullServicesAndNullMajorChange() {
        DemoMessage post = message(0, MessageCenterStories.ADMIN_REPORTS);

        assertNull(post.services());
        assertNull(post.majorChange());
    }

    @Test
    void aPostEndsDuringTheScript() {
        DemoMessage post = message(30, MessageCenterStories.INTUNE_MAINTENANCE);

        assertEquals(T0.plusSeconds(60), post.end());
        assertTrue(post.end().isAfter(T0.plusSeconds(30)), "active at 30 s");
        assertFalse(message(61, MessageCenterStories.INTUNE_MAINTENANCE).end().isAfter(T0.plusSeconds(61)),
                "no longer active at 61 s");
    }

    private static DemoMessage message(double wallSeconds, String id) {
        return Polls.worldAt(SPEED_1, wallSeconds).message(id)
                .orElseThrow(() -> new AssertionError(id + " not listed at " + wallSeconds + " s"));
    }
}

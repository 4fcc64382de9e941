package io.github.m365health.health;

import static io.github.m365health.health.IssueFixture.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTrackerTest {

    @Test
    void deadlineMovedLaterIsAChangeCarryingBothValues() {
        MessageBook book = MessageBook.EMPTY.with(MessageTracker.track(MessageBook.EMPTY,
                List.of(MessageFixture.withDeadline("2026-06-30T00:00:00Z", "2026-03-30T17:05:12Z")), t("2026-04-01T00:00:00Z")));

        MessageChanges changes = MessageTracker.track(book,
                List.of(MessageFixture.withDeadline("2026-08-31T00:00:00Z", "2026-05-02T09:00:00Z")), t("2026-05-02T10:00:00Z"));

        assertEquals(List.of(new MessageChange("MC9999001", t("2026-05-02T10:00:00Z"), MessageField.ACTION_REQUIRED_BY,
                "2026-06-30T00:00:00Z", "2026-08-31T00:00:00Z")), changes.changes());
        KnownMessage known = changes.known().get("MC9999001");
        assertEquals(t("2026-04-01T00:00:00Z"), known.firstSeen());
        assertEquals(t("2026-08-31T00:00:00Z"), known.message().actionRequiredBy());
    }

    @Test
    void newPostIsNoChangeAndAnUnchangedOneIsNotRewritten() {
        MessageChanges first = MessageTracker.track(MessageBook.EMPTY, List.of(MessageFixture.mc172851()), t("2026-04-01T00:00:00Z"));
        MessageChanges second = MessageTracker.track(MessageBook.EMPTY.with(first), List.of(MessageFixture.mc172851()),
                t("2026-04-01T00:05:00Z"));

        assertTrue(first.changes().isEmpty());
        assertEquals(1, first.changed().size());
        assertTrue(second.changed().isEmpty());
        assertEquals(t("2026-04-01T00:05:00Z"), second.known().get("MC172851").lastSeen());
    }

    @Test
    void unknownCategoryAndSeverityAreTrackedAsUnknown() {
        Message odd = new Message("MC1", "t", t("2026-04-01T00:00:00Z"), null, t("2026-04-01T00:00:00Z"),
                MessageCategory.parse("celebrateSuccess"), MessageSeverity.parse("apocalyptic"), false, null, null, null);
        MessageBook book = MessageBook.EMPTY.with(MessageTracker.track(MessageBook.EMPTY, List.of(odd), t("2026-04-01T00:00:00Z")));

        assertEquals(Map.of(new MessageKey(MessageCategory.UNKNOWN, MessageSeverity.UNKNOWN), 1L), book.seen(s -> true));
    }

    @Test
    void postNamingThreeServicesIsShownWhenAnyOfThemIsAllowedAndCountedOnce() {
        Message three = MessageFixture.post("MC3", List.of("Exchange Online", "Microsoft Teams", "SharePoint Online"),
                "2026-04-01T00:00:00Z", null);
        MessageBook book = MessageBook.EMPTY.with(MessageTracker.track(MessageBook.EMPTY, List.of(three), t("2026-04-01T00:00:00Z")));

        assertEquals(List.of(three), book.activeAt(t("2026-04-02T00:00:00Z"), "Microsoft Teams"::equals));
        assertEquals(List.of(), book.activeAt(t("2026-04-02T00:00:00Z"), "Yammer"::equals));
        assertEquals(1L, book.seen(s -> true).get(new MessageKey(MessageCategory.STAY_INFORMED, MessageSeverity.NORMAL)));
    }

    @Test
    void postNamingNoServiceConcernsTheWholeTenant() {
        Message none = MessageFixture.post("MC4", List.of(), "2026-04-01T00:00:00Z", null);
        MessageBook book = MessageBook.EMPTY.with(MessageTracker.track(MessageBook.EMPTY, List.of(none), t("2026-04-01T00:00:00Z")));

        assertEquals(List.of(none), book.activeAt(t("2026-04-02T00:00:00Z"), "Yammer"::equals));
    }
}

package io.github.m365health.store;

import static io.github.m365health.health.IssueFixture.t;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.m365health.health.ServiceFilter;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageChange;
import io.github.m365health.health.MessageField;
import io.github.m365health.health.MessageFixture;
import io.github.m365health.health.MessageKey;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.health.TenantSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteHistoryMessagesTest {

    private static final MessageKey PLAN_HIGH = new MessageKey(MessageCategory.PLAN_FOR_CHANGE, MessageSeverity.HIGH);
    private static final MessageKey INFORMED_NORMAL = new MessageKey(MessageCategory.STAY_INFORMED, MessageSeverity.NORMAL);

    @TempDir
    Path dir;
    private StoreFixture store;

    @BeforeEach
    void open() throws StoreException {
        store = new StoreFixture(dir, "2026-04-01T00:00:00Z");
    }

    @AfterEach
    void close() throws StoreException {
        store.close();
    }

    private List<Message> active(ServiceFilter filter) throws StoreException {
        return store.history.snapshot(StoreFixture.TENANT, filter, store.clock.instant()).activeMessages();
    }

    @Test
    void deadlineMovedLaterKeepsBothValuesInTheHistoryAndShowsTheNewOne() throws Exception {
        store.pollMessages("2026-04-01T00:00:00Z", MessageFixture.withDeadline("2026-06-30T00:00:00Z", "2026-03-30T17:05:12Z"));
        store.pollMessages("2026-05-02T10:00:00Z", MessageFixture.withDeadline("2026-08-31T00:00:00Z", "2026-05-02T09:00:00Z"));
        store.restart();

        MessageHistory history = store.history.messageHistory(StoreFixture.TENANT, "MC9999001").orElseThrow();
        assertEquals(List.of(new MessageChange("MC9999001", t("2026-05-02T10:00:00Z"), MessageField.ACTION_REQUIRED_BY,
                "2026-06-30T00:00:00Z", "2026-08-31T00:00:00Z")), history.changes());
        assertEquals(t("2026-04-01T00:00:00Z"), history.firstSeen());
        assertEquals(t("2026-05-02T09:00:00Z"), history.message().lastModified());
        TenantSnapshot snapshot = store.snapshot();
        assertEquals(List.of(t("2026-08-31T00:00:00Z")),
                snapshot.activeMessages().stream().map(Message::actionRequiredBy).toList());
        assertEquals(Map.of(PLAN_HIGH, 1L), snapshot.messagesSeen());
    }

    @Test
    void severityAndCategoryChangesAreLoggedAndCountedUnderTheLatestValues() throws Exception {
        Message normal = MessageFixture.post("MC1", List.of("Exchange Online"), "2026-04-01T00:00:00Z", null);
        Message raised = new Message("MC1", normal.title(), normal.start(), null, t("2026-04-02T00:00:00Z"),
                MessageCategory.PLAN_FOR_CHANGE, MessageSeverity.HIGH, false, null, normal.services(), null);
        store.pollMessages("2026-04-01T00:00:00Z", normal);
        store.pollMessages("2026-04-02T00:05:00Z", raised);

        assertEquals(List.of(MessageField.SEVERITY, MessageField.CATEGORY),
                store.history.messageHistory(StoreFixture.TENANT, "MC1").orElseThrow().changes().stream()
                        .map(MessageChange::field).sorted().toList());
        assertEquals(Map.of(PLAN_HIGH, 1L), store.snapshot().messagesSeen());
    }

    @Test
    void endedPostLeavesTheActiveListButStaysCountedAsSeen() throws Exception {
        store.pollMessages("2026-04-01T00:00:00Z", MessageFixture.post("MC1", List.of("Exchange Online"),
                "2026-03-01T00:00:00Z", "2026-04-10T00:00:00Z"), MessageFixture.mc172851());

        assertEquals(List.of("MC1"), store.snapshotAt("2026-04-09T23:59:59Z").activeMessages().stream().map(Message::id).toList());
        TenantSnapshot after = store.snapshotAt("2026-04-10T00:00:00Z");
        assertEquals(List.of(), after.activeMessages());
        assertEquals(Map.of(INFORMED_NORMAL, 2L), after.messagesSeen());
    }

    @Test
    void postNamingThreeServicesIsOnePostShownWhereAnyOfThemIsAllowed() throws Exception {
        Message three = MessageFixture.post("MC3", List.of("Exchange Online", "Microsoft Teams", "SharePoint Online"),
                "2026-04-01T00:00:00Z", null);
        store.pollMessages("2026-04-01T00:00:00Z", three);

        assertEquals(List.of(three), active(ServiceFilter.ALL));
        assertEquals(List.of(three), active(new ServiceFilter(Set.of(), Set.of("Exchange Online", "Microsoft Teams"))));
        assertEquals(List.of(), active(new ServiceFilter(Set.of(), Set.of("Exchange Online", "Microsoft Teams", "SharePoint Online"))));
        assertEquals(Map.of(INFORMED_NORMAL, 1L), store.snapshot().messagesSeen());
    }

    @Test
    void unknownCategoryAndSeverityAreKeptAsUnknownAcrossRestarts() throws Exception {
        Message odd = new Message("MC7", "Something new", t("2026-04-01T00:00:00Z"), null, t("2026-04-01T00:00:00Z"),
                MessageCategory.parse("celebrateSuccess"), MessageSeverity.parse("apocalyptic"), false, null, null, null);
        store.pollMessages("2026-04-01T00:00:00Z", odd);
        store.restart();

        TenantSnapshot snapshot = store.snapshot();
        assertEquals(Map.of(new MessageKey(MessageCategory.UNKNOWN, MessageSeverity.UNKNOWN), 1L), snapshot.messagesSeen());
        assertEquals(List.of(odd), snapshot.activeMessages());
    }

    @Test
    void repeatedPollsAndRestartsCountEveryPostOnce() throws Exception {
        Message deadline = MessageFixture.withDeadline("2026-06-30T00:00:00Z", "2026-03-30T17:05:12Z");
        store.pollMessages("2026-04-01T00:00:00Z", deadline, MessageFixture.mc172851());
        store.pollMessages("2026-04-01T00:05:00Z", deadline, MessageFixture.mc172851());
        store.restart();
        store.pollMessages("2026-04-01T00:10:00Z", deadline, MessageFixture.mc172851());

        assertEquals(Map.of(PLAN_HIGH, 1L, INFORMED_NORMAL, 1L), store.snapshot().messagesSeen());
        assertEquals(t("2026-04-01T00:10:00Z"),
                store.history.messageHistory(StoreFixture.TENANT, "MC172851").orElseThrow().lastSeen());
    }
}

package io.github.m365health.store;

import static io.github.m365health.health.IssueFixture.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.Classification;
import io.github.m365health.health.IssueFixture;
import io.github.m365health.health.IssuePost;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageField;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.health.ReopenKind;
import io.github.m365health.health.ServiceHealthStatus;
import io.github.m365health.readmodel.Evidence;
import io.github.m365health.readmodel.IssueDetail;
import io.github.m365health.readmodel.IssueFilter;
import io.github.m365health.readmodel.IssuePage;
import io.github.m365health.readmodel.IssueRow;
import io.github.m365health.readmodel.IssueState;
import io.github.m365health.readmodel.MessageDetail;
import io.github.m365health.readmodel.MessageFilter;
import io.github.m365health.readmodel.MessagePage;
import io.github.m365health.readmodel.MessageRow;
import io.github.m365health.readmodel.MessageState;
import io.github.m365health.readmodel.PageRequest;
import io.github.m365health.readmodel.ReadModel;
import io.github.m365health.readmodel.ReopenLink;
import io.github.m365health.readmodel.TimelineEntry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages' reads over a real store file filled by polls, as the poller fills it. */
class SqliteReadModelTest {

    @TempDir
    Path dir;

    private StoreFixture store;
    private ReadModel reads;

    @BeforeEach
    void playTheSeedStories() throws Exception {
        store = new StoreFixture(dir, "2026-01-08T06:00:00Z");
        store.pollHealth("2026-01-08T06:00:00Z", IssueFixture.ex1215307Active());
        store.pollHealth("2026-01-08T12:40:00Z", IssueFixture.ex1215307Restored());
        store.pollHealth("2026-04-01T21:00:00Z", IssueFixture.ex1215307Restored(), IssueFixture.ex1256020Restored());
        store.pollHealth("2026-04-03T10:10:00Z", IssueFixture.ex1215307Restored(), IssueFixture.ex1256020Restored(),
                IssueFixture.ex1268771Active(), teamsAdvisory());
        reads = store.history.readModel();
    }

    private static io.github.m365health.health.Issue teamsAdvisory() {
        return issue("TM1271130").title("Users can't send 100% of chat messages_now").service("Microsoft Teams")
                .classification(Classification.ADVISORY).active(ServiceHealthStatus.INVESTIGATING)
                .start("2026-04-03T08:00:00Z").modified("2026-04-03T09:00:00Z").build();
    }

    @Test
    void listsOpenIssuesFirstThenTheMostRecentlyUpdated() throws Exception {
        IssuePage page = reads.issues(IssueFilter.ALL, PageRequest.first());

        assertEquals(List.of("EX1268771", "TM1271130", "EX1256020", "EX1215307"), ids(page));
        assertEquals(4, page.matching());
        assertEquals(2, page.open());
        assertEquals(2, page.ended());
        assertEquals(List.of("Exchange Online", "Microsoft Teams"), page.services());
        IssueRow imap = page.rows().get(3);
        assertEquals(Duration.ofDays(6).plusHours(11).plusMinutes(30), imap.duration(Instant.EPOCH));
        assertEquals(ServiceHealthStatus.SERVICE_RESTORED, imap.status());
        assertEquals(Instant.parse("2026-01-08T12:34:33Z"), imap.lastUpdate());
    }

    @Test
    void filtersByServiceClassificationStateTenantAndText() throws Exception {
        assertEquals(List.of("EX1268771", "EX1256020", "EX1215307"),
                ids(reads.issues(filter(null, "Exchange Online", null, IssueState.ALL, null), PageRequest.first())));
        assertEquals(List.of("TM1271130"),
                ids(reads.issues(filter(null, null, Classification.ADVISORY, IssueState.ALL, null), PageRequest.first())));
        assertEquals(List.of("EX1256020", "EX1215307"),
                ids(reads.issues(filter(null, "Exchange Online", null, IssueState.ENDED, null), PageRequest.first())));
        assertEquals(List.of("EX1268771", "TM1271130"),
                ids(reads.issues(filter(StoreFixture.TENANT, null, null, IssueState.OPEN, null), PageRequest.first())));
        assertEquals(List.of(), ids(reads.issues(filter("fabrikam", null, null, IssueState.ALL, null), PageRequest.first())));
    }

    @Test
    void searchesIdTitleAndImpactWithoutCaseAndTakesWildcardsLiterally() throws Exception {
        assertEquals(List.of("EX1215307"), ids(reads.issues(text("imap4"), PageRequest.first())));
        assertEquals(List.of("EX1256020"), ids(reads.issues(text("ex125"), PageRequest.first())));
        assertEquals(List.of("TM1271130"), ids(reads.issues(text("100%"), PageRequest.first())));
        assertEquals(List.of("TM1271130"), ids(reads.issues(text("messages_now"), PageRequest.first())));
        assertEquals(List.of(), ids(reads.issues(text("100%%"), PageRequest.first())));
    }

    @Test
    void pagesThroughTheListWithCountsOnEveryPage() throws Exception {
        IssuePage second = reads.issues(IssueFilter.ALL, new PageRequest(2, 3));

        assertEquals(List.of("EX1215307"), ids(second));
        assertEquals(4, second.matching());
        assertEquals(2, second.pageCount());
        assertEquals(List.of(), ids(reads.issues(IssueFilter.ALL, new PageRequest(3, 3))));
    }

    @Test
    void readsOneIssueAsTheSeedPageShowsIt() throws Exception {
        IssueDetail imap = reads.issue(StoreFixture.TENANT, "EX1215307").orElseThrow();

        assertEquals(ServiceHealthStatus.SERVICE_RESTORED, imap.status());
        assertEquals(Classification.INCIDENT, imap.classification());
        assertEquals("Users may have intermittently been unable to access their mailboxes using IMAP4.", imap.userImpact());
        assertEquals(Instant.parse("2026-01-02T00:00:00Z"), imap.start());
        assertEquals(Instant.parse("2026-01-08T11:30:00Z"), imap.end());
        assertEquals(Instant.parse("2026-01-08T12:34:33Z"), imap.lastUpdate());
        assertEquals(Duration.ofDays(6).plusHours(11).plusMinutes(30), imap.duration(Instant.parse("2030-01-01T00:00:00Z")));
        assertEquals(List.of(Instant.parse("2026-01-08T12:34:33Z"), Instant.parse("2026-01-08T05:45:28Z")),
                imap.posts().stream().map(IssuePost::createdAt).toList());
        assertTrue(imap.latestPost().content().contains("This is the final update for the event."));
        assertEquals(URI.create("https://admin.microsoft.com/Adminportal/Home#/servicehealth/:/alerts/EX1215307"),
                imap.adminCenter());
        assertEquals(List.of(), imap.reopens());
    }

    @Test
    void buildsTheStatusTimelineFromWhatThePollsSaw() throws Exception {
        List<TimelineEntry> timeline = reads.issue(StoreFixture.TENANT, "EX1215307").orElseThrow().timeline();

        assertEquals(List.of(
                new TimelineEntry(Instant.parse("2026-01-08T06:00:00Z"), TimelineEntry.Kind.FIRST_SEEN, null,
                        ServiceHealthStatus.SERVICE_DEGRADATION),
                new TimelineEntry(Instant.parse("2026-01-08T12:40:00Z"), TimelineEntry.Kind.STATUS_CHANGED,
                        ServiceHealthStatus.SERVICE_DEGRADATION, ServiceHealthStatus.SERVICE_RESTORED),
                new TimelineEntry(Instant.parse("2026-01-08T12:40:00Z"), TimelineEntry.Kind.RESOLVED, null, null)),
                timeline);
    }

    @Test
    void linksTheReopenChainBothWaysWithTheFollowUpsOwnWords() throws Exception {
        ReopenLink forward = reads.issue(StoreFixture.TENANT, "EX1256020").orElseThrow().reopens().get(0);
        ReopenLink back = reads.issue(StoreFixture.TENANT, "EX1268771").orElseThrow().reopens().get(0);

        Evidence words = new Evidence(Evidence.Source.POST, Instant.parse("2026-04-02T19:30:00Z"),
                "Affected tenants report that the impact described in EX1256020 is still occurring.");
        assertEquals(new ReopenLink(ReopenLink.Role.REOPENED_AS, ReopenKind.FOLLOW_UP, "EX1268771",
                Instant.parse("2026-04-02T19:30:00Z"), words), forward);
        assertEquals(new ReopenLink(ReopenLink.Role.FOLLOW_UP_OF, ReopenKind.FOLLOW_UP, "EX1256020",
                Instant.parse("2026-04-02T19:30:00Z"), words), back);
    }

    @Test
    void showsASameIdReopenAsTheIssueComingBack() throws Exception {
        store.pollHealth("2026-04-03T11:00:00Z", issue("TM1271130").service("Microsoft Teams")
                .restored("2026-04-03T10:30:00Z").start("2026-04-03T08:00:00Z").build());
        store.pollHealth("2026-04-03T12:00:00Z", teamsAdvisory());

        IssueDetail teams = reads.issue(StoreFixture.TENANT, "TM1271130").orElseThrow();

        assertEquals(List.of(new ReopenLink(ReopenLink.Role.CAME_BACK, ReopenKind.SAME_ID, "TM1271130",
                Instant.parse("2026-04-03T12:00:00Z"), null)), teams.reopens());
        assertEquals(List.of(TimelineEntry.Kind.FIRST_SEEN, TimelineEntry.Kind.STATUS_CHANGED, TimelineEntry.Kind.RESOLVED,
                        TimelineEntry.Kind.STATUS_CHANGED, TimelineEntry.Kind.REOPENED),
                teams.timeline().stream().map(TimelineEntry::kind).toList());
    }

    @Test
    void answersNothingForAnIssueTheTenantNeverHad() throws Exception {
        assertTrue(reads.issue(StoreFixture.TENANT, "EX0000000").isEmpty());
        assertTrue(reads.issue("fabrikam", "EX1215307").isEmpty());
    }

    @Test
    void listsMessagesActiveFirstWithFiltersAndReadsOneWithItsBodyAndDeadlineMoves() throws Exception {
        Message smtp = message("MC1204518", "2026-04-04T00:00:00Z", null, "<p>Move to <b>OAuth</b>.</p>");
        Message ended = message("MC1215730", null, "2026-04-02T12:00:00Z", "Maintenance done.");
        store.pollMessages("2026-04-03T10:00:00Z", smtp, ended);
        Message moved = new Message(smtp.id(), smtp.title(), smtp.start(), null, Instant.parse("2026-04-03T10:30:00Z"),
                smtp.category(), smtp.severity(), true, Instant.parse("2026-04-11T00:00:00Z"), smtp.services(),
                smtp.tags(), "<p>Deadline moved.</p>");
        store.pollMessages("2026-04-03T11:00:00Z", moved, ended);
        Instant now = Instant.parse("2026-04-03T11:00:00Z");

        MessagePage all = reads.messages(MessageFilter.ALL, PageRequest.first(), now);
        assertEquals(List.of("MC1204518", "MC1215730"), all.rows().stream().map(MessageRow::id).toList());
        assertEquals(1, all.active());
        assertEquals(List.of("Exchange Online"), all.services());
        assertEquals(List.of("MC1215730"), messageIds(new MessageFilter(null, null, null, null, MessageState.ENDED, null), now));
        assertEquals(List.of("MC1204518"), messageIds(new MessageFilter(null, "Exchange Online", MessageCategory.PLAN_FOR_CHANGE,
                MessageSeverity.HIGH, MessageState.ACTIVE, "deadline MOVED"), now));
        assertEquals(List.of(), messageIds(new MessageFilter(null, "Microsoft Teams", null, null, MessageState.ALL, null), now));

        MessageDetail detail = reads.message(StoreFixture.TENANT, "MC1204518").orElseThrow();
        assertEquals("<p>Deadline moved.</p>", detail.message().body());
        assertEquals(Instant.parse("2026-04-11T00:00:00Z"), detail.message().actionRequiredBy());
        assertEquals(Duration.ofDays(7).plusHours(13), detail.timeLeft(now));
        assertEquals(List.of(MessageField.ACTION_REQUIRED_BY), detail.changes().stream().map(c -> c.field()).toList());
        assertEquals(URI.create("https://admin.microsoft.com/Adminportal/Home#/MessageCenter/:/messages/MC1204518"),
                detail.adminCenter());
        assertNull(reads.message(StoreFixture.TENANT, "MC1215730").orElseThrow().timeLeft(now));
    }

    private List<String> messageIds(MessageFilter filter, Instant now) throws Exception {
        return reads.messages(filter, PageRequest.first(), now).rows().stream().map(MessageRow::id).toList();
    }

    /** A high planForChange post for Exchange Online with a deadline, or an ended informational one naming no service. */
    private static Message message(String id, String deadlineIso, String endIso, String body) {
        boolean due = deadlineIso != null && endIso == null;
        return new Message(id, "Post " + id, Instant.parse("2026-03-01T00:00:00Z"),
                endIso == null ? null : Instant.parse(endIso), Instant.parse("2026-04-01T00:00:00Z"),
                due ? MessageCategory.PLAN_FOR_CHANGE : MessageCategory.STAY_INFORMED,
                due ? MessageSeverity.HIGH : MessageSeverity.NORMAL, true, due ? Instant.parse(deadlineIso) : null,
                due ? List.of("Exchange Online") : List.of(), List.of(), body);
    }

    private static IssueFilter filter(String tenant, String service, Classification classification, IssueState state,
                                      String text) {
        return new IssueFilter(tenant, service, classification, state, text);
    }

    private static IssueFilter text(String text) {
        return new IssueFilter(null, null, null, IssueState.ALL, text);
    }

    private static List<String> ids(IssuePage page) {
        return page.rows().stream().map(IssueRow::id).toList();
    }
}

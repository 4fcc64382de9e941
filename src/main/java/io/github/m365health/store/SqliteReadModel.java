package io.github.m365health.store;

import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueEvent;
import io.github.m365health.health.IssuePost;
import io.github.m365health.health.ReopenKind;
import io.github.m365health.readmodel.AdminCenter;
import io.github.m365health.readmodel.IssueDetail;
import io.github.m365health.readmodel.IssueFilter;
import io.github.m365health.readmodel.IssuePage;
import io.github.m365health.readmodel.MessageDetail;
import io.github.m365health.readmodel.MessageFilter;
import io.github.m365health.readmodel.MessagePage;
import io.github.m365health.readmodel.PageRequest;
import io.github.m365health.readmodel.ReadException;
import io.github.m365health.readmodel.ReadModel;
import io.github.m365health.readmodel.ReopenEvidence;
import io.github.m365health.readmodel.ReopenLink;
import io.github.m365health.readmodel.TimelineEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages' reads, from the store file. Each read is one transaction on the store's connection,
 * so it sees whole polls only; reads are short (a page is one indexed query) and wait for a
 * poll's write at most.
 */
final class SqliteReadModel implements ReadModel {

    private final Database database;
    private final IssueReads issueReads;
    private final MessageRows messageRows;
    private final ListQueries lists;

    SqliteReadModel(Database database, IssueReads issueReads, MessageRows messageRows, ListQueries lists) {
        this.database = database;
        this.issueReads = issueReads;
        this.messageRows = messageRows;
        this.lists = lists;
    }

    @Override
    public IssuePage issues(IssueFilter filter, PageRequest page) throws ReadException {
        return read("read the issue list", connection -> lists.issues(connection, filter, page));
    }

    @Override
    public Optional<IssueDetail> issue(String tenant, String id) throws ReadException {
        return read("read issue " + id + " of tenant " + tenant, connection -> detail(connection, tenant, id));
    }

    @Override
    public MessagePage messages(MessageFilter filter, PageRequest page, Instant now) throws ReadException {
        return read("read the Message Center list", connection -> lists.messages(connection, filter, page, now));
    }

    @Override
    public Optional<MessageDetail> message(String tenant, String id) throws ReadException {
        return read("read message " + id + " of tenant " + tenant, connection -> messageRows.history(connection, tenant, id)
                .map(h -> new MessageDetail(tenant, h.message(), h.firstSeen(), h.changes(), AdminCenter.message(id))));
    }

    private Optional<IssueDetail> detail(Connection connection, String tenant, String id) throws SQLException {
        Optional<IssueHistory> found = issueReads.history(connection, tenant, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IssueHistory history = found.get();
        Issue issue = history.issue();
        List<IssuePost> latestFirst = issue.posts().stream()
                .sorted(Comparator.comparing(IssuePost::createdAt).reversed()).toList();
        return Optional.of(new IssueDetail(tenant, issue.id(), issue.title(), issue.serviceName(), issue.featureGroup(),
                issue.feature(), issue.classification(), issue.origin(), issue.status(), issue.resolved(),
                issue.impactDescription(), issue.start(), issue.end(), history.vanishedAt(), issue.lastModified(), latestFirst,
                timeline(history), reopens(connection, tenant, history), history.firstSeen(), AdminCenter.issue(id)));
    }

    private static List<TimelineEntry> timeline(IssueHistory history) {
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(history.firstSeen(), TimelineEntry.Kind.FIRST_SEEN, null, history.firstStatus()));
        for (IssueEvent.StatusChanged changed : history.transitions()) {
            entries.add(new TimelineEntry(changed.at(), TimelineEntry.Kind.STATUS_CHANGED, changed.from(), changed.to()));
        }
        for (IssueEvent.Resolved resolved : history.resolutions()) {
            entries.add(new TimelineEntry(resolved.at(), TimelineEntry.Kind.RESOLVED, null, null));
        }
        for (IssueEvent.Reopened reopened : history.reopens()) {
            if (reopened.kind() == ReopenKind.SAME_ID) {
                entries.add(new TimelineEntry(reopened.at(), TimelineEntry.Kind.REOPENED, null, null));
            }
        }
        // Stable: at one instant, first sighting before a change, a change before the resolution it brought.
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    /** Both directions of the chain; a follow-up's evidence is always in the later issue's own text. */
    private List<ReopenLink> reopens(Connection connection, String tenant, IssueHistory history) throws SQLException {
        Issue issue = history.issue();
        List<String> laterIds = history.reopens().stream()
                .filter(r -> r.kind() == ReopenKind.FOLLOW_UP).map(IssueEvent.Reopened::relatedIssueId).toList();
        Map<String, Issue> later = issueReads.issues(connection, tenant, laterIds);
        List<ReopenLink> links = new ArrayList<>();
        for (String earlierId : history.followUpOf()) {
            links.add(new ReopenLink(ReopenLink.Role.FOLLOW_UP_OF, ReopenKind.FOLLOW_UP, earlierId, history.appearedAt(),
                    ReopenEvidence.find(issue, earlierId)));
        }
        for (IssueEvent.Reopened reopen : history.reopens()) {
            if (reopen.kind() == ReopenKind.SAME_ID) {
                links.add(new ReopenLink(ReopenLink.Role.CAME_BACK, ReopenKind.SAME_ID, issue.id(), reopen.at(), null));
            } else {
                Issue followUp = later.get(reopen.relatedIssueId());
                links.add(new ReopenLink(ReopenLink.Role.REOPENED_AS, ReopenKind.FOLLOW_UP, reopen.relatedIssueId(),
                        reopen.at(), followUp == null ? null : ReopenEvidence.find(followUp, issue.id())));
            }
        }
        links.sort(Comparator.comparing(ReopenLink::at));
        return links;
    }

    private <T> T read(String doing, Database.Work<T> work) throws ReadException {
        try {
            return database.read(doing, work);
        } catch (StoreException e) {
            throw new ReadException(e.getMessage(), e);
        }
    }
}

package io.github.m365health.poll;

import io.github.m365health.health.ServiceFilter;
import io.github.m365health.health.HealthChanges;
import io.github.m365health.health.Issue;
import io.github.m365health.health.IssueBook;
import io.github.m365health.health.IssueTotals;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageBook;
import io.github.m365health.health.MessageChanges;
import io.github.m365health.health.ServiceHealth;
import io.github.m365health.health.TenantSnapshot;
import io.github.m365health.store.History;
import io.github.m365health.store.StoreException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keeps the last recorded changes in memory; can be told to fail like a full disk. */
final class RecordingHistory implements History {

    List<ServiceHealth> services = List.of();
    /** The issues the last health commit changed, as the tracker handed them over. */
    List<Issue> issues = List.of();
    IssueBook book = IssueBook.EMPTY;
    /** The posts the last messages commit changed, as the tracker handed them over. */
    List<Message> messages = List.of();
    MessageBook messageBook = MessageBook.EMPTY;
    final List<Instant> writes = new ArrayList<>();
    StoreException failure;

    @Override
    public IssueBook issues(String tenant) {
        return book;
    }

    @Override
    public void recordHealth(String tenant, List<ServiceHealth> services, HealthChanges changes, Instant polledAt)
            throws StoreException {
        failIfTold();
        this.services = services;
        this.issues = changes.changed();
        this.book = book.with(changes);
        writes.add(polledAt);
    }

    @Override
    public MessageBook messages(String tenant) {
        return messageBook;
    }

    @Override
    public void recordMessages(String tenant, MessageChanges changes, Instant polledAt) throws StoreException {
        failIfTold();
        this.messages = changes.changed();
        this.messageBook = messageBook.with(changes);
        writes.add(polledAt);
    }

    @Override
    public TenantSnapshot snapshot(String tenant, ServiceFilter filter, Instant now) {
        return new TenantSnapshot(tenant, now,
                services.stream().filter(s -> filter.allows(s.serviceName())).toList(),
                List.of(), IssueTotals.EMPTY, messages, Map.of());
    }

    private void failIfTold() throws StoreException {
        if (failure != null) {
            throw failure;
        }
    }
}

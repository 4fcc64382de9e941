package io.github.m365health.readmodel;

import java.time.Instant;
import java.util.Optional;

/** Reads of the history for people and scripts: lists with filters and paging, and one item in full. */
public interface ReadModel {

    /** Issues of every tenant that match {@code filter}: open first, then most recently updated. */
    IssuePage issues(IssueFilter filter, PageRequest page) throws ReadException;

    /** One issue with its posts, status timeline and reopen chain; empty if the tenant never had it. */
    Optional<IssueDetail> issue(String tenant, String id) throws ReadException;

    /** Message Center posts that match {@code filter}: active at {@code now} first, then most recently updated. */
    MessagePage messages(MessageFilter filter, PageRequest page, Instant now) throws ReadException;

    /** One Message Center post in full; empty if the tenant never had it or it was pruned. */
    Optional<MessageDetail> message(String tenant, String id) throws ReadException;
}

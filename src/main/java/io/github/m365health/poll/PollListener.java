package io.github.m365health.poll;

import io.github.m365health.health.Issue;
import io.github.m365health.health.Message;
import java.util.List;

/**
 * Told what a poll stored, after its transaction committed. Called on the poll's thread, so an
 * implementation only hands the data over (e.g. to a queue) and returns; whatever it throws is
 * logged and never fails the poll.
 */
public interface PollListener {

    void healthStored(String tenant, List<Issue> issues);

    void messagesStored(String tenant, List<Message> messages);

    PollListener NONE = new PollListener() {
        @Override
        public void healthStored(String tenant, List<Issue> issues) {
        }

        @Override
        public void messagesStored(String tenant, List<Message> messages) {
        }
    };
}

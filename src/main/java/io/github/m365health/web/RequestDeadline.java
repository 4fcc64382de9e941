package io.github.m365health.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection that has not completed the headers of its first request within the
 * deadline: a client trickling a header a byte at a time keeps resetting the idle timeout, and
 * one that never finishes its TLS handshake never sends a request at all. Such connections hold
 * no thread (Jetty parses headers as bytes arrive), but each holds a socket.
 */
final class RequestDeadline implements Connection.Listener {

    private final Scheduler scheduler;
    private final Duration deadline;

    RequestDeadline(Scheduler scheduler, Duration deadline) {
        this.scheduler = scheduler;
        this.deadline = deadline;
    }

    @Override
    public void onOpened(Connection connection) {
        // The TLS layer counts no messages (-1); the HTTP connection inside it counts requests.
        if (connection.getMessagesIn() != 0) {
            return;
        }
        scheduler.schedule(() -> {
            if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
                connection.getEndPoint().close();
            }
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
    }
}

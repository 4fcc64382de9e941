package io.github.m365health.graph;

import java.time.Duration;

/**
 * The last response of a request after any retries.
 *
 * @param attempts   how many requests were made
 * @param deniedWait the wait that would have passed the deadline, so no retry was made; null otherwise
 * @param contentType the response's Content-Type header; null when it sent none
 */
record HttpReply(int status, byte[] body, int attempts, Duration deniedWait, String contentType) {

    HttpReply(int status, byte[] body, int attempts, Duration deniedWait) {
        this(status, body, attempts, deniedWait, null);
    }

    boolean successful() {
        return status >= 200 && status < 300;
    }

    /** How the retries ended, for the tail of a one-line error message; empty after one attempt. */
    String retryNote() {
        if (deniedWait != null) {
            return "; gave up after " + attempts + " attempt(s): the next retry (in " + seconds(deniedWait)
                    + ") would pass the deadline";
        }
        return attempts > 1 ? " after " + attempts + " attempts" : "";
    }

    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() / 1000.0 + "s";
    }
}

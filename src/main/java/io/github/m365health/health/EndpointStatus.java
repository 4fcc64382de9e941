package io.github.m365health.health;

import java.time.Duration;
import java.time.Instant;

/**
 * The last poll of one listing of one tenant.
 *
 * @param lastSucceeded whether the most recent attempt succeeded
 * @param lastSuccess   end of the most recent successful attempt; null before the first
 * @param lastDuration  how long the most recent attempt took, successful or not
 */
public record EndpointStatus(boolean lastSucceeded, Instant lastSuccess, Duration lastDuration) {
}

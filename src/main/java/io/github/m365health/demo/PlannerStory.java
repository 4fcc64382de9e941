package io.github.m365health.demo;

import static io.github.m365health.health.Classification.INCIDENT;

import io.github.m365health.health.ServiceHealthStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * A Planner incident whose latest post, written before the demo starts, promised the next update
 * for 40 minutes before the first poll: Microsoft is late from the start, the update comes at
 * script second 70, and the incident ends at 150.
 */
final class PlannerStory {

    static final String BOARDS = "PL1272088";

    /** How long before the first poll the promised update was due. */
    static final Duration LATE_AT_START = Duration.ofMinutes(40);

    private static final String TITLE = "Users may be unable to load Planner boards";

    private PlannerStory() {
    }

    static void boardsPromiseMissed(WorldDraft w) {
        Instant start = w.origin().minus(Duration.ofHours(3));
        Instant posted = w.origin().minus(Duration.ofMinutes(100));
        w.open(BOARDS, DemoCatalog.PLANNER, "Planner", "Boards", INCIDENT, start)
                .title(TITLE)
                .impact("Users may see an error when opening plan boards in Planner.")
                .status(ServiceHealthStatus.SERVICE_DEGRADATION)
                .asOf(posted)
                .post("Title: " + TITLE
                        + "\nUser impact: Users may see an error when opening plan boards in Planner."
                        + "\nCurrent status: We're analyzing service telemetry to isolate why board requests fail."
                        + "\nNext update by: " + Wording.utc(w.origin().minus(LATE_AT_START)));
    }

    static void boardsLateUpdate(WorldDraft w) {
        w.issue(BOARDS).post("Title: " + TITLE
                + "\nCurrent status: We've identified a caching fault in the board service and are deploying a fix."
                + "\nNext update by: " + Wording.utc(w.now().plus(Duration.ofHours(2))));
    }

    static void boardsRestored(WorldDraft w) {
        w.issue(BOARDS).restored("Title: " + TITLE
                + "\nFinal status: The fix is deployed and boards load normally again."
                + "\nThis is the final update for the event.");
    }
}

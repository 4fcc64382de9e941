package io.github.m365health.demo;

import io.github.m365health.demo.DemoService.Feature;
import io.github.m365health.health.Classification;
import io.github.m365health.health.ServiceHealthStatus;

/**
 * One issue of the random stream, in script seconds: investigating, then degraded or interrupted,
 * then restoring, then restored, with a post at each step.
 *
 * @param namedIssue the earlier issue a follow-up names in its first post, or null
 */
record StreamIssue(String id, DemoService service, Feature feature, Classification classification,
                   double opensAt, double lasts, ServiceHealthStatus middleStatus, String namedIssue) {

    double endsAt() {
        return opensAt + lasts;
    }

    /** Adds this issue to {@code world} as it stands at {@code scriptSecond}. */
    void play(WorldDraft world, double scriptSecond) {
        String present = "Users may be unable to " + feature.problem();
        world.moveTo(opensAt);
        world.open(id, service, feature.group(), feature.name(), classification, world.now())
                .title(present)
                .impact(present + ".")
                .status(ServiceHealthStatus.INVESTIGATING)
                .post("Title: " + present + "\nCurrent status: " + firstStatus());
        step(world, scriptSecond, 0.3, middleStatus,
                "We've identified a recent change that's causing impact and we're preparing a rollback.");
        step(world, scriptSecond, 0.7, ServiceHealthStatus.RESTORING_SERVICE,
                "The rollback is progressing and service is recovering for affected users.");
        if (scriptSecond >= endsAt()) {
            world.moveTo(endsAt());
            String past = "Users may have been unable to " + feature.problem();
            world.issue(id).title(past).impact(past + ".").restored("Title: " + past
                    + "\nFinal status: The rollback is complete and we've confirmed that impact is remediated."
                    + "\nThis is the final update for the event.");
        }
    }

    private String firstStatus() {
        if (namedIssue == null) {
            return "We're investigating reports of impact and reviewing service telemetry.";
        }
        return "Affected users report that the impact described in " + namedIssue
                + " has returned. We're tracking it in this event while we investigate.";
    }

    private void step(WorldDraft world, double scriptSecond, double share, ServiceHealthStatus status, String post) {
        double at = opensAt + share * lasts;
        if (scriptSecond >= at) {
            world.moveTo(at);
            world.issue(id).status(status).post("Current status: " + post);
        }
    }
}

package io.github.m365health.demo;

import io.github.m365health.demo.DemoService.Feature;
import io.github.m365health.health.Classification;
import io.github.m365health.health.ServiceHealthStatus;
import java.util.SplittableRandom;

/**
 * The seeded stream of issues that keeps the tenant moving once the script is over: one new issue
 * per slot of script time, open for a while, then restored; now and then a follow-up that names the
 * issue of the slot before, which had just ended. Each slot draws from its own generator seeded by
 * (seed, slot), so any moment is computed without replaying the stream from its beginning.
 */
final class IssueStream {

    /** Script second at which the stream starts. */
    static final double START = 90;
    /** Script seconds between two new issues. */
    static final double SLOT = 40;
    // Graph forgets old issues; the listing keeps the stream's last slots (about 10 minutes at speed 1).
    private static final int VISIBLE_SLOTS = 16;
    private static final double INCIDENT_SHARE = 0.35;
    private static final double FOLLOW_UP_SHARE = 0.3;
    private static final int FIRST_NUMBER = 1_280_000;

    private final long seed;

    IssueStream(long seed) {
        this.seed = seed;
    }

    void addTo(WorldDraft world, double scriptSecond) {
        if (scriptSecond < START) {
            return;
        }
        long current = (long) ((scriptSecond - START) / SLOT);
        for (long slot = Math.max(0, current - VISIBLE_SLOTS + 1); slot <= current; slot++) {
            StreamIssue issue = issueOf(slot);
            if (issue.opensAt() <= scriptSecond) {
                issue.play(world, scriptSecond);
            }
        }
    }

    StreamIssue issueOf(long slot) {
        Draw draw = draw(slot);
        if (draw.followUp() && slot > 0) {
            Draw previous = draw(slot - 1);
            if (!previous.followUp()) {
                // The same trouble on the same feature, back soon after the earlier issue ended.
                double opens = Math.max(draw.opensAt(), previous.endsAt() + 10);
                return new StreamIssue(draw.idFor(previous.service()), previous.service(), previous.feature(),
                        previous.classification(), opens, draw.lasts(), draw.middleStatus(), previous.id());
            }
        }
        return new StreamIssue(draw.id(), draw.service(), draw.feature(), draw.classification(),
                draw.opensAt(), draw.lasts(), draw.middleStatus(), null);
    }

    private Draw draw(long slot) {
        SplittableRandom random = new SplittableRandom(seed ^ Long.rotateLeft(slot * 0x9E3779B97F4A7C15L, 17));
        DemoService service = DemoCatalog.SERVICES.get(random.nextInt(DemoCatalog.SERVICES.size()));
        Feature feature = service.features().get(random.nextInt(service.features().size()));
        boolean incident = random.nextDouble() < INCIDENT_SHARE;
        double opensAt = START + slot * SLOT + random.nextInt(20);
        double lasts = 60 + random.nextInt(180);
        ServiceHealthStatus middle = incident && random.nextBoolean()
                ? ServiceHealthStatus.SERVICE_INTERRUPTION : ServiceHealthStatus.SERVICE_DEGRADATION;
        // Ids grow with time like Microsoft's and stay within eight digits for over a year at speed 1.
        int number = FIRST_NUMBER + (int) (slot % 987_000) * 100 + random.nextInt(100);
        boolean followUp = random.nextDouble() < FOLLOW_UP_SHARE;
        return new Draw(service, feature, incident ? Classification.INCIDENT : Classification.ADVISORY,
                opensAt, lasts, middle, number, followUp);
    }

    private record Draw(DemoService service, Feature feature, Classification classification, double opensAt,
                        double lasts, ServiceHealthStatus middleStatus, int number, boolean followUp) {

        String id() {
            return idFor(service);
        }

        String idFor(DemoService of) {
            return of.issuePrefix() + number;
        }

        double endsAt() {
            return opensAt + lasts;
        }
    }
}

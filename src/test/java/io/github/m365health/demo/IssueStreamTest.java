package io.github.m365health.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.health.Issue;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seeded random stream after the script, seen through polls five seconds apart. */
class IssueStreamTest {

    private static final Set<String> SCRIPTED = Set.of(ExchangeStories.IMAP, ExchangeStories.MAILBOX,
            ExchangeStories.MAILBOX_AGAIN, AdvisoryStories.TEAMS_CHAT, AdvisoryStories.SHAREPOINT_FILES,
            AdvisoryStories.INTUNE_ENROLLMENT, AdvisoryStories.SUITE_HISTORY, AdvisoryStories.ONEDRIVE_HISTORY,
            AdvisoryStories.POWER_BI_HISTORY, PlannerStory.BOARDS);

    @Test
    void startsOnlyOnceTheScriptIsOver() {
        assertEquals(SCRIPTED, ids(Polls.worldAt(DemoOptions.defaults(), IssueStream.START - 0.5)));
        assertFalse(SCRIPTED.containsAll(ids(Polls.worldAt(DemoOptions.defaults(), IssueStream.START + 20))));
    }

    @Test
    void isTheSameForTheSameSeedAndClock() {
        for (double seconds : List.of(200.0, 777.0, 3_600.0, 86_400.0)) {
            assertEquals(Polls.worldAt(new DemoOptions(1, 42), seconds), Polls.worldAt(new DemoOptions(1, 42), seconds));
        }
    }

    @Test
    void differsForAnotherSeed() {
        Set<String> one = ids(Polls.worldAt(new DemoOptions(1, 42), 1_000));
        Set<String> other = ids(Polls.worldAt(new DemoOptions(1, 43), 1_000));

        assertNotEquals(one, other);
        assertTrue(one.containsAll(SCRIPTED) && other.containsAll(SCRIPTED), "the script is the same for every seed");
    }

    @Test
    void everyStreamIssueOpensOnADemoServiceThenIsRestored() {
        Polls polls = Polls.of(new DemoOptions(1, 42), Duration.ofSeconds(1_500), Duration.ofSeconds(5));
        Map<String, Issue> firstSeen = new LinkedHashMap<>();
        Map<String, Issue> lastSeen = new LinkedHashMap<>();
        for (Polls.Poll poll : polls.all()) {
            for (Issue issue : poll.world().issues()) {
                if (!SCRIPTED.contains(issue.id())) {
                    firstSeen.putIfAbsent(issue.id(), issue);
                    lastSeen.put(issue.id(), issue);
                }
            }
        }

        assertTrue(firstSeen.size() >= 30, "about one new issue every 40 s: " + firstSeen.size());
        for (Issue first : firstSeen.values()) {
            DemoService service = demoService(first.serviceName());
            assertTrue(first.id().matches(service.issuePrefix() + "\\d{7,8}"), first.id());
            assertFalse(first.resolved(), first.id() + " is first seen open");
        }
        long restored = lastSeen.values().stream().filter(Issue::resolved).count();
        assertTrue(restored >= firstSeen.size() - 8, "all but the latest few are restored: " + restored);
        assertTrue(firstSeen.values().stream().anyMatch(i -> i.classification().wireName().equals("incident")));
        assertTrue(firstSeen.values().stream().anyMatch(i -> i.classification().wireName().equals("advisory")));
        assertTrue(polls.sameIdReopens().stream().allMatch(SCRIPTED::contains), "the stream never reopens an id");
    }

    @Test
    void followUpsNameARecentIssueOfTheSameServiceThatHadAlreadyEnded() {
        Polls polls = Polls.of(new DemoOptions(1, 42), Duration.ofSeconds(3_000), Duration.ofSeconds(5));
        Map<String, String> followUps = new LinkedHashMap<>(polls.followUps());
        followUps.remove(ExchangeStories.MAILBOX_AGAIN);
        DemoWorld end = polls.last().world();

        assertFalse(followUps.isEmpty(), "the stream has occasional follow-ups");
        followUps.forEach((id, named) -> assertEquals(named.substring(0, 2), id.substring(0, 2), id + " names " + named));
        Set<String> namingSomething = polls.all().stream().flatMap(p -> p.world().issues().stream())
                .filter(i -> !SCRIPTED.contains(i.id()) && !Polls.namedIds(i).isEmpty())
                .map(Issue::id).collect(Collectors.toSet());
        assertEquals(namingSomething, followUps.keySet(), "every issue naming another is a proper follow-up");
        assertTrue(end.issues().size() <= SCRIPTED.size() + 16, "Graph's window forgets old stream issues");
    }

    @Test
    void keepsOnlyTheLatestSlotsListedAndWellShapedIdsHoweverLongItRuns() {
        DemoWorld dayLater = Polls.worldAt(DemoOptions.ofSpeed(1_000), 86_400);

        assertTrue(dayLater.issues().size() <= SCRIPTED.size() + 16, "" + dayLater.issues().size());
        assertTrue(dayLater.issues().stream().allMatch(i -> i.id().matches("[A-Z]{2}\\d{5,8}")),
                "ids keep Microsoft's shape even after millions of slots");
    }

    private static Set<String> ids(DemoWorld world) {
        return world.issues().stream().map(Issue::id).collect(Collectors.toCollection(HashSet::new));
    }

    private static DemoService demoService(String serviceName) {
        return DemoCatalog.SERVICES.stream().filter(s -> s.name().equals(serviceName)).findFirst()
                .orElseThrow(() -> new AssertionError("not a demo service: " + serviceName));
    }
}

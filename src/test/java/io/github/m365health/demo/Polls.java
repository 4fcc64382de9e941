package io.github.m365health.demo;

import io.github.m365health.health.Issue;
import io.github.m365health.health.IssuePost;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The demo world as a poller sees it: one world per poll, at a fixed wall-clock interval after the
 * first poll, and the facts the exporter would derive from that sequence.
 */
final class Polls {

    static final Instant FIRST_POLL = Instant.parse("2026-04-03T12:00:00Z");
    private static final Pattern ISSUE_ID = Pattern.compile("\\b[A-Z]{2}\\d{5,8}\\b");
    private static final Duration FOLLOW_UP_WINDOW = Duration.ofDays(14);

    /** One poll's instant and what it listed. */
    record Poll(Instant at, DemoWorld world) {
    }

    private final List<Poll> polls;

    private Polls(List<Poll> polls) {
        this.polls = List.copyOf(polls);
    }

    static Polls of(DemoOptions options, Duration until, Duration every) {
        DemoScenario scenario = new DemoScenario(options);
        List<Poll> polls = new ArrayList<>();
        for (Instant at = FIRST_POLL; !at.isAfter(FIRST_POLL.plus(until)); at = at.plus(every)) {
            polls.add(new Poll(at, scenario.worldAt(FIRST_POLL, at)));
        }
        return new Polls(polls);
    }

    static DemoWorld worldAt(DemoOptions options, double wallSeconds) {
        return new DemoScenario(options).worldAt(FIRST_POLL, FIRST_POLL.plusMillis(Math.round(wallSeconds * 1000)));
    }

    List<Poll> all() {
        return polls;
    }

    Poll last() {
        return polls.get(polls.size() - 1);
    }

    /** Ids seen resolved in one poll and unresolved in a later one. */
    List<String> sameIdReopens() {
        List<String> reopened = new ArrayList<>();
        for (int i = 1; i < polls.size(); i++) {
            for (Issue now : polls.get(i).world().issues()) {
                boolean wasResolved = polls.subList(0, i).stream()
                        .anyMatch(p -> p.world().issue(now.id()).map(Issue::resolved).orElse(false));
                if (!now.resolved() && wasResolved && !reopened.contains(now.id())) {
                    reopened.add(now.id());
                }
            }
        }
        return reopened;
    }

    /**
     * New issues naming an issue that the previous poll showed ended within the follow-up window:
     * new id mapped to the named id.
     */
    Map<String, String> followUps() {
        Map<String, String> followUps = new java.util.LinkedHashMap<>();
        for (int i = 1; i < polls.size(); i++) {
            DemoWorld before = polls.get(i - 1).world();
            Instant at = polls.get(i).at();
            for (Issue issue : polls.get(i).world().issues()) {
                if (before.issue(issue.id()).isPresent()) {
                    continue;
                }
                for (String named : namedIds(issue)) {
                    Optional<Issue> earlier = before.issue(named);
                    if (earlier.isPresent() && earlier.get().resolved()
                            && earlier.get().end().isAfter(at.minus(FOLLOW_UP_WINDOW))) {
                        followUps.put(issue.id(), named);
                    }
                }
            }
        }
        return followUps;
    }

    static List<String> namedIds(Issue issue) {
        String text = issue.title() + "\n" + issue.impactDescription() + "\n"
                + issue.posts().stream().map(IssuePost::content).collect(Collectors.joining("\n"));
        List<String> ids = new ArrayList<>();
        Matcher matcher = ISSUE_ID.matcher(text);
        while (matcher.find()) {
            if (!matcher.group().equals(issue.id())) {
                ids.add(matcher.group());
            }
        }
        return ids;
    }
}

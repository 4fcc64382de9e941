package io.github.m365health.health;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time by which Microsoft's latest post promises its next update ("Next update by:
 * Wednesday, November 17, 2021, at 2:30 PM UTC"). Posts give times in UTC. A promise we cannot
 * read with certainty (no year, no UTC, a weekday that contradicts the date, a time that does
 * not exist) is {@link Unreadable}, never a guessed time: a wrong time would raise a false alarm
 * or hide a true one.
 */
public sealed interface PromisedUpdate {

    /** The latest post promises an update by {@code by}. */
    record Promised(Instant by) implements PromisedUpdate {
    }

    /** The latest post names a next update, but not a time we can trust. */
    record Unreadable(String text, String why) implements PromisedUpdate {
    }

    /** The latest post promises nothing (the final post, or no "Next update" section). */
    record None() implements PromisedUpdate {
    }

    Pattern WHEN = Pattern.compile(
            "(?:(?<weekday>[a-z]+day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?\\s*,?\\s*)?(?<month>[a-z]+)\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*"
                    + "(?<year>\\d{4})\\s*,?\\s*(?:at\\s+)?(?<hour>\\d{1,2}):(?<minute>\\d{2})\\s*"
                    + "(?<half>[ap]\\.?m\\.?)?\\s*\\(?(?:UTC|GMT|Z)\\b",
            Pattern.CASE_INSENSITIVE);

    /** What the latest (by creation time) of {@code posts} promises. */
    static PromisedUpdate ofLatest(List<IssuePost> posts) {
        return posts.stream().max(Comparator.comparing(IssuePost::createdAt))
                .map(post -> of(PostSections.of(post.content())))
                .orElse(new None());
    }

    static PromisedUpdate of(PostSections sections) {
        Optional<String> section = sections.get(PostLabel.NEXT_UPDATE);
        if (section.isEmpty() || section.get().isBlank()) {
            return new None();
        }
        String text = section.get().lines().findFirst().orElse("").strip();
        Matcher matcher = WHEN.matcher(text);
        if (!matcher.lookingAt()) {
            return new Unreadable(text, "not a date with year and UTC time");
        }
        try {
            return new Promised(instant(matcher).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException | IllegalArgumentException e) {
            return new Unreadable(text, e.getMessage());
        }
    }

    private static LocalDateTime instant(Matcher matcher) {
        Month month = month(matcher.group("month"));
        LocalDate date = LocalDate.of(Integer.parseInt(matcher.group("year")), month, Integer.parseInt(matcher.group("day")));
        String weekday = matcher.group("weekday");
        if (weekday != null && !date.getDayOfWeek().name().startsWith(weekday.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException(date + " is a " + date.getDayOfWeek() + ", not a " + weekday);
        }
        int hour = Integer.parseInt(matcher.group("hour"));
        int minute = Integer.parseInt(matcher.group("minute"));
        String half = matcher.group("half");
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw new IllegalArgumentException("hour " + hour + " on a 12-hour clock");
            }
            hour = hour % 12 + (Character.toLowerCase(half.charAt(0)) == 'p' ? 12 : 0);
        }
        return date.atTime(hour, minute);
    }

    private static Month month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.equals(lower) || (lower.length() >= 3 && full.startsWith(lower))) {
                return month;
            }
        }
        throw new IllegalArgumentException("no month " + name);
    }
}

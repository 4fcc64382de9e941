package io.github.m365health.health;

import java.time.Instant;
import java.util.List;

/** Message Center posts shaped like graph-api.md §3.7. */
public final class MessageFixture {

    private MessageFixture() {
    }

    /** MC172851: the doc example, ended in 2019, no deadline, two services. */
    public static Message mc172851() {
        return new Message("MC172851", "(Updated) New feature: Changes to PowerPoint and Word to open files faster",
                Instant.parse("2019-02-01T18:51:00Z"), Instant.parse("2019-06-01T08:00:00Z"),
                Instant.parse("2021-01-08T01:10:06.843Z"), MessageCategory.STAY_INFORMED, MessageSeverity.NORMAL,
                true, null, List.of("SharePoint Online", "OneDrive for Business"), List.of("Updated message"));
    }

    /** A planForChange / high post with a deadline. */
    public static Message withDeadline(String deadlineIso, String lastModifiedIso) {
        return new Message("MC9999001", "SYNTHETIC EXAMPLE: Exchange Online setting retirement",
                Instant.parse("2026-03-30T17:00:00Z"), Instant.parse("2026-07-31T07:00:00Z"),
                Instant.parse(lastModifiedIso), MessageCategory.PLAN_FOR_CHANGE, MessageSeverity.HIGH, true,
                Instant.parse(deadlineIso), List.of("Exchange Online"), List.of("Retirement", "Admin impact"));
    }

    public static Message post(String id, List<String> services, String startIso, String endIso) {
        return new Message(id, "Post " + id, Instant.parse(startIso), endIso == null ? null : Instant.parse(endIso),
                Instant.parse(startIso), MessageCategory.STAY_INFORMED, MessageSeverity.NORMAL, false, null, services, null);
    }
}

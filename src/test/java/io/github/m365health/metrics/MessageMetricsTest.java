package io.github.m365health.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.config.MessageSeries;
import io.github.m365health.health.Message;
import io.github.m365health.health.MessageCategory;
import io.github.m365health.health.MessageSeverity;
import io.github.m365health.health.TenantState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Active Message Center posts, as a scrape shows them. */
class MessageMetricsTest {

    @Test
    void countsAPostOncePerServiceItNames() {
        Message mc172851 = StoryStates.mc172851();
        Message twice = message("MC2", List.of("Exchange Online", "Exchange Online"), null);
        TenantState state = Scrapes.state("contoso", Instant.parse("2019-04-01T00:00:00Z"), List.of(), List.of(mc172851, twice));

        Exposition exposition = Scrapes.render(List.of(state));

        Map<String, String> stayInformed = Map.of("tenant", "contoso", "category", "stayInformed",
                "severity", "normal", "major_change", "true");
        assertEquals(1, exposition.value("m365_messages", Scrapes.with(stayInformed, "service_name", "SharePoint Online")));
        assertEquals(1, exposition.value("m365_messages", Scrapes.with(stayInformed, "service_name", "OneDrive for Business")));
        assertEquals(1, exposition.value("m365_messages", Map.of("service_name", "Exchange Online")));
        assertEquals(3, exposition.samples("m365_messages").size());
        assertTrue(exposition.samples("m365_message_info").isEmpty(), "neither post requires action");
        assertEquals(2, Scrapes.render(List.of(state), MessageSeries.ALL).samples("m365_message_info").size(),
                "with metrics.messages: all, one info series per post");
    }

    @Test
    void countsAPostNamingNoServiceUnderUnspecified() {
        TenantState state = Scrapes.state("contoso", List.of(), List.of(message("MC3", List.of(), null), message("MC4", null, null)));

        Exposition exposition = Scrapes.render(List.of(state));

        assertEquals(2, exposition.value("m365_messages", Map.of("service_name", "unspecified")));
    }

    @Test
    void givesOnlyPostsThatRequireActionSeriesOfTheirOwnByDefault() {
        Message informs = message("MC5", List.of("Exchange Online"), null);
        TenantState state = Scrapes.state("contoso", List.of(), List.of(StoryStates.mc9999001(), informs));

        Exposition exposition = Scrapes.render(List.of(state));

        assertEquals(Instant.parse("2026-06-30T00:00:00Z").getEpochSecond(),
                exposition.value("m365_message_action_required_by_timestamp_seconds", Map.of("id", "MC9999001")));
        assertEquals(1, exposition.value("m365_message_info", Map.of("id", "MC9999001", "category", "planForChange",
                "severity", "high", "major_change", "true", "title", "SYNTHETIC EXAMPLE: Exchange Online setting retirement")));
        assertTrue(exposition.samples("m365_message_info", Map.of("id", "MC5")).isEmpty());
        for (String family : List.of("m365_message_start_timestamp_seconds", "m365_message_end_timestamp_seconds",
                "m365_message_last_update_timestamp_seconds")) {
            assertTrue(exposition.samples(family).isEmpty(), family + " is only shown with metrics.messages: all");
        }
        assertEquals(2, exposition.samples("m365_messages", Map.of("service_name", "Exchange Online")).stream()
                .mapToDouble(sample -> sample.value()).sum(), "the count still includes every active post");
    }

    @Test
    void exposesMessageDeadlinesAndEndsOnlyWhereSet() {
        Message noEnd = message("MC5", List.of("Exchange Online"), null);
        TenantState state = Scrapes.state("contoso", List.of(), List.of(StoryStates.mc9999001(), noEnd));

        Exposition exposition = Scrapes.render(List.of(state), MessageSeries.ALL);

        assertEquals(Instant.parse("2026-06-30T00:00:00Z").getEpochSecond(),
                exposition.value("m365_message_action_required_by_timestamp_seconds", Map.of("id", "MC9999001")));
        assertTrue(exposition.samples("m365_message_action_required_by_timestamp_seconds", Map.of("id", "MC5")).isEmpty());
        assertTrue(exposition.samples("m365_message_end_timestamp_seconds", Map.of("id", "MC5")).isEmpty());
        assertEquals(1, exposition.samples("m365_message_start_timestamp_seconds", Map.of("id", "MC5")).size());
        assertEquals(1, exposition.value("m365_message_info", Map.of("id", "MC9999001", "category", "planForChange",
                "severity", "high", "major_change", "true", "title", "SYNTHETIC EXAMPLE: Exchange Online setting retirement")));
    }

    private static Message message(String id, List<String> services, Instant actionRequiredBy) {
        return new Message(id, "Post " + id, Instant.parse("2019-03-01T00:00:00Z"), null,
                Instant.parse("2019-03-01T00:00:00Z"), MessageCategory.PLAN_FOR_CHANGE, MessageSeverity.NORMAL,
                false, actionRequiredBy, services, null);
    }
}

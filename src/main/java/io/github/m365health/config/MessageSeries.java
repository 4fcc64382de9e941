package io.github.m365health.config;

import java.util.Locale;

/**
 * Which Message Center posts get per-post series ({@code metrics.messages}). A tenant carries
 * hundreds of active posts, and series for each of them made up most of an MSP's scrape, while
 * alerts and dashboards only act on the posts that ask an admin to do something by a date.
 */
public enum MessageSeries {
    /** Per-post series only for posts with an action-required-by date; the rest are on /messages. */
    ACTIONABLE,
    /** Every active post, with its start, end and last update too. */
    ALL;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static MessageSeries parse(String key, String value) throws ConfigException {
        for (MessageSeries candidate : values()) {
            if (candidate.configName().equals(value)) {
                return candidate;
            }
        }
        throw new ConfigException(key, "'" + value + "' is not one of actionable, all");
    }
}

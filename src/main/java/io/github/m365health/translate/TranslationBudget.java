package io.github.m365health.translate;

import io.github.m365health.log.Log;
import io.github.m365health.store.StoreException;
import io.github.m365health.store.TranslationRecords;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.OptionalLong;

/**
 * {@code monthly_character_budget}: the characters that may be sent in one calendar month (UTC),
 * counted in the store so that a restart does not hand out the month's budget again. When a
 * batch would pass it, sending stops, the log says so once, and {@link #reached()} tells the
 * pages; the next month starts afresh.
 */
final class TranslationBudget {

    private static final Log LOG = Log.of(TranslationBudget.class);

    private final OptionalLong limit;
    private final Clock clock;
    private final TranslationRecords records;
    private final String provider;
    private volatile YearMonth reachedIn;

    TranslationBudget(OptionalLong limit, Clock clock, TranslationRecords records, String provider) {
        this.limit = limit;
        this.clock = clock;
        this.records = records;
        this.provider = provider;
    }

    YearMonth month() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Characters left this month; {@link Long#MAX_VALUE} without a budget. */
    long remaining() throws StoreException {
        if (limit.isEmpty()) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, limit.getAsLong() - records.charactersIn(provider, month()));
    }

    /** Whether {@code characters} more may be sent this month; says so once when not. */
    boolean allows(long characters) throws StoreException {
        if (limit.isEmpty()) {
            return true;
        }
        YearMonth month = month();
        long used = records.charactersIn(provider, month);
        if (used + characters <= limit.getAsLong()) {
            return true;
        }
        if (!month.equals(reachedIn)) {
            reachedIn = month;
            LOG.warn("translation budget reached; nothing more is sent for translation until next month",
                    "provider", provider, "month", month, "used", used, "budget", limit.getAsLong());
        }
        return false;
    }

    /** True while this month's budget is spent; false again once a new month has begun. */
    boolean reached() {
        return month().equals(reachedIn);
    }
}

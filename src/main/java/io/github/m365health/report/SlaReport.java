package io.github.m365health.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The monthly SLA report: per tenant and service, what the history says about one calendar month
 * in UTC (shared/DESIGN.md §9).
 *
 * @param generatedAt     the instant open incidents were counted up to
 * @param availableMonths months the history covers, oldest first; empty without any history
 * @param tenants         empty when the month lies outside {@code availableMonths}
 */
public record SlaReport(ReportWindow window, Instant generatedAt, List<YearMonth> availableMonths,
                        List<TenantSla> tenants) {

    /** Availability below this, as a ratio, misses the target. */
    public static final double TARGET = 0.999;

    public SlaReport {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(generatedAt, "generatedAt");
        availableMonths = List.copyOf(availableMonths);
        tenants = List.copyOf(tenants);
    }

    public YearMonth month() {
        return window.month();
    }

    /** Whether the history covers the month at all. */
    public boolean hasHistory() {
        return availableMonths.contains(window.month());
    }

    /** One line for a month the history does not cover, naming the months it does. */
    public String noHistoryNote() {
        if (availableMonths.isEmpty()) {
            return "No history for " + month() + ": the store holds no issues yet.";
        }
        return "No history for " + month() + ": the history covers " + availableMonths.get(0) + " to "
                + availableMonths.get(availableMonths.size() - 1) + ".";
    }
}

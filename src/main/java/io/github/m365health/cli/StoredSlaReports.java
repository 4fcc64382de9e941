package io.github.m365health.cli;

import io.github.m365health.health.TenantHistory;
import io.github.m365health.report.MonthlySla;
import io.github.m365health.report.ReportException;
import io.github.m365health.report.SlaReport;
import io.github.m365health.report.SlaReportSource;
import io.github.m365health.store.HistoryReader;
import io.github.m365health.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * SLA reports read from the store file through a read-only connection opened per report, so a
 * report never holds the file between requests and never needs the running exporter's lock.
 * Tenants are those configured plus those the store holds (the demo's, or one removed from the
 * configuration whose history is still kept).
 */
final class StoredSlaReports implements SlaReportSource {

    private final Path statePath;
    private final Collection<String> configuredTenants;
    private final Clock clock;
    private final Optional<String> externalUrl;

    StoredSlaReports(Path statePath, Collection<String> configuredTenants, Clock clock, Optional<String> externalUrl) {
        this.statePath = statePath;
        this.configuredTenants = List.copyOf(configuredTenants);
        this.clock = clock;
        this.externalUrl = externalUrl;
    }

    @Override
    public SlaReport report(YearMonth month, Optional<String> tenant) throws ReportException {
        try (HistoryReader reader = HistoryReader.open(statePath)) {
            TreeSet<String> known = new TreeSet<>(configuredTenants);
            known.addAll(reader.tenants());
            if (tenant.isPresent() && !known.contains(tenant.get())) {
                throw new ReportException("unknown tenant \"" + tenant.get() + "\"; known tenants: "
                        + (known.isEmpty() ? "none" : String.join(", ", known)), true, null);
            }
            List<TenantHistory> histories = new ArrayList<>();
            for (String name : tenant.map(List::of).orElse(List.copyOf(known))) {
                histories.add(reader.tenant(name));
            }
            return MonthlySla.report(month, histories, clock.instant(), externalUrl);
        } catch (StoreException e) {
            throw new ReportException(e.getMessage(), false, e);
        }
    }
}

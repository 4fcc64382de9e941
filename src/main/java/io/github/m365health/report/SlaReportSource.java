package io.github.m365health.report;

import java.time.YearMonth;
import java.util.Optional;

/** Where the command line and the web page get a month's report from. */
public interface SlaReportSource {

    /**
     * @param tenant only this tenant; every tenant when empty
     * @throws ReportException when the tenant is unknown or the history cannot be read
     */
    SlaReport report(YearMonth month, Optional<String> tenant) throws ReportException;
}

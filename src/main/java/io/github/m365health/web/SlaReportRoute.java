package io.github.m365health.web;

import io.github.m365health.report.ReportException;
import io.github.m365health.report.ReportFormat;
import io.github.m365health.report.ReportWindow;
import io.github.m365health.report.SlaReport;
import io.github.m365health.report.SlaReportSource;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * {@code /reports/sla?month=YYYY-MM[&tenant=NAME][&format=html|markdown|csv|json]}: the monthly SLA
 * report, as a page by default. Without {@code month} it shows the current month. A bad parameter
 * gets a 4xx with one line saying what is wrong; a store that cannot be read, a 503.
 */
public final class SlaReportRoute implements WebRoute {

    public static final String PATH = "/reports/sla";

    private static final String PAGE_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final SlaReportSource reports;
    private final Clock clock;

    public SlaReportRoute(SlaReportSource reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public void handle(WebRequest request, WebResponse response) throws IOException {
        if (!request.path().equals(PATH)) {
            response.send(HttpURLConnection.HTTP_NOT_FOUND, WebResponse.TEXT, "Not found\n");
            return;
        }
        YearMonth month;
        ReportFormat format;
        try {
            month = request.param("month").map(ReportWindow::parseMonth)
                    .orElseGet(() -> YearMonth.now(clock.withZone(ZoneOffset.UTC)));
            format = ReportFormat.parse(request.param("format").orElse(ReportFormat.HTML.label()));
        } catch (IllegalArgumentException e) {
            response.send(HttpURLConnection.HTTP_BAD_REQUEST, WebResponse.TEXT, oneLine(e.getMessage()) + "\n");
            return;
        }
        SlaReport report;
        try {
            report = reports.report(month, request.param("tenant"));
        } catch (ReportException e) {
            response.send(e.userError() ? HttpURLConnection.HTTP_NOT_FOUND : HttpURLConnection.HTTP_UNAVAILABLE,
                    WebResponse.TEXT, oneLine(e.getMessage()) + "\n");
            return;
        }
        response.header("Content-Security-Policy", PAGE_POLICY).header("Referrer-Policy", "no-referrer");
        if (format == ReportFormat.CSV) {
            response.header("Content-Disposition", "attachment; filename=\"sla-" + month + suffix(request.param("tenant")) + ".csv\"");
        }
        response.send(HttpURLConnection.HTTP_OK, format.contentType(), format.render(report, request.param("tenant")));
    }

    /** Tenant names are [a-z0-9_-] once known; an unknown one never gets this far. */
    private static String suffix(Optional<String> tenant) {
        return tenant.map(t -> "-" + t).orElse("");
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s+", " ").trim();
    }
}

package io.github.m365health.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The report as a page of its own: no script and no inline style, so it works under a
 * Content-Security-Policy of {@code default-src 'none'}; every text from Graph is escaped.
 */
final class HtmlReport {

    private HtmlReport() {
    }

    /** @param tenantFilter the tenant the page was asked for, kept in its links to other months and formats */
    static String render(SlaReport report, Optional<String> tenantFilter) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>SLA report ").append(report.month()).append("</title></head><body>\n")
                .append("<h1>SLA report ").append(report.month()).append(" (UTC)</h1>\n");
        ReportWindow window = report.window();
        h.append("<p>Month ").append(Times.minutes(window.from())).append(" to ").append(Times.minutes(window.end()))
                .append(" UTC");
        if (window.until().isBefore(window.end())) {
            h.append(", in progress: counted up to ").append(Times.minutes(window.until())).append(" UTC");
        }
        h.append(". Availability is 1 - impact / month length against ").append(escape(Numbers.percent(SlaReport.TARGET)))
                .append(". Also as <a href=\"").append(query(report.month(), tenantFilter, "markdown")).append("\">Markdown</a>, ")
                .append("<a href=\"").append(query(report.month(), tenantFilter, "csv")).append("\">CSV</a>, ")
                .append("<a href=\"").append(query(report.month(), tenantFilter, "json")).append("\">JSON</a>.</p>\n");
        if (!report.availableMonths().isEmpty()) {
            h.append("<nav><p>Months:");
            for (YearMonth m : report.availableMonths()) {
                h.append(' ').append(m.equals(report.month()) ? "<strong>" + m + "</strong>"
                        : "<a href=\"" + query(m, tenantFilter, null) + "\">" + m + "</a>");
            }
            h.append("</p></nav>\n");
        }
        if (!report.hasHistory()) {
            return h.append("<p>").append(escape(report.noHistoryNote())).append("</p>\n</body></html>\n").toString();
        }
        for (TenantSla tenant : report.tenants()) {
            h.append("<section><h2>").append(escape(tenant.tenant())).append("</h2>\n<p>")
                    .append(escape(tenant.summary())).append("</p>\n<table><thead><tr><th>Service</th><th>Incidents</th>"
                            + "<th>Advisories</th><th>Impact (min)</th><th>Availability</th><th>Below target</th>"
                            + "<th>Mean time to resolve</th><th>Longest time to resolve</th><th>Reopens same_id</th>"
                            + "<th>Reopens follow_up</th></tr></thead><tbody>\n");
            for (ServiceSla s : tenant.services()) {
                h.append("<tr><td>").append(escape(s.serviceName())).append("</td><td>").append(s.incidents().size())
                        .append("</td><td>").append(s.advisories()).append("</td><td>").append(Numbers.minutes(s.impactSeconds()))
                        .append("</td><td>").append(escape(Numbers.percent(s.availability()))).append("</td><td>")
                        .append(s.belowTarget() ? "<strong>yes</strong>" : "no").append("</td><td>")
                        .append(s.meanTimeToResolve().map(Numbers::duration).orElse("-")).append("</td><td>")
                        .append(s.longestTimeToResolve().map(Numbers::duration).orElse("-")).append("</td><td>")
                        .append(s.sameIdReopens()).append("</td><td>").append(s.followUpReopens()).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
            if (tenant.incidents() > 0) {
                h.append("<table><thead><tr><th>Incident</th><th>Service</th><th>Title</th><th>Start (UTC)</th>"
                        + "<th>End (UTC)</th><th>Minutes in month</th></tr></thead><tbody>\n");
                for (ServiceSla s : tenant.services()) {
                    for (IncidentLine i : s.incidents()) {
                        h.append("<tr><td><a href=\"").append(escape(i.link())).append("\">").append(escape(i.id()))
                                .append("</a></td><td>").append(escape(s.serviceName())).append("</td><td>")
                                .append(escape(i.title())).append("</td><td>").append(Times.minutes(i.start()))
                                .append("</td><td>").append(i.end() == null ? "open" : Times.minutes(i.end()))
                                .append("</td><td>").append(Numbers.minutes(i.secondsInMonth())).append("</td></tr>\n");
                    }
                }
                h.append("</tbody></table>\n");
            }
            h.append("</section>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    /** A link to this report in another month or format, for the same tenant filter; escaped for an attribute. */
    private static String query(YearMonth month, Optional<String> tenant, String format) {
        StringBuilder q = new StringBuilder("?month=").append(month);
        tenant.ifPresent(t -> q.append("&tenant=").append(URLEncoder.encode(t, StandardCharsets.UTF_8)));
        if (format != null) {
            q.append("&format=").append(format);
        }
        return escape(q.toString());
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

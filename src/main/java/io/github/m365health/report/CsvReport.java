package io.github.m365health.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The report as one CSV table (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks
 * quoted, quotes doubled) that a spreadsheet opens as it is: a {@code service} row per service with
 * its figures and an {@code incident} row per incident, told apart by the {@code row} column.
 */
final class CsvReport {

    static final List<String> HEADER = List.of("month", "tenant", "row", "service_name", "incidents", "advisories",
            "impact_minutes", "availability_percent", "below_target", "mean_time_to_resolve_minutes",
            "longest_time_to_resolve_minutes", "same_id_reopens", "follow_up_reopens", "incident_id", "title",
            "start", "end", "minutes_in_month", "link");

    private CsvReport() {
    }

    static String render(SlaReport report) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        String month = report.month().toString();
        for (TenantSla tenant : report.tenants()) {
            for (ServiceSla s : tenant.services()) {
                line(csv, List.of(month, tenant.tenant(), "service", s.serviceName(), Integer.toString(s.incidents().size()),
                        Integer.toString(s.advisories()), Numbers.minutes(s.impactSeconds()),
                        String.format(Locale.ROOT, "%.3f", s.availability() * 100), Boolean.toString(s.belowTarget()),
                        s.meanTimeToResolve().map(d -> Numbers.minutes(d.getSeconds())).orElse(""),
                        s.longestTimeToResolve().map(d -> Numbers.minutes(d.getSeconds())).orElse(""),
                        Integer.toString(s.sameIdReopens()), Integer.toString(s.followUpReopens()),
                        "", "", "", "", "", ""));
                for (IncidentLine i : s.incidents()) {
                    line(csv, List.of(month, tenant.tenant(), "incident", s.serviceName(), "", "", "", "", "", "", "", "",
                            "", i.id(), i.title(), Times.iso(i.start()), i.end() == null ? "" : Times.iso(i.end()),
                            Numbers.minutes(i.secondsInMonth()), i.link()));
                }
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(fields.stream().map(CsvReport::field).collect(Collectors.joining(","))).append("\r\n");
    }

    /**
     * One field. Text from Graph that starts like a formula gets a leading apostrophe, so a
     * spreadsheet shows it rather than evaluating it (OWASP's advice on CSV injection).
     */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !looksNumeric(value)
                ? "'" + value : value;
        if (safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static boolean looksNumeric(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }
}

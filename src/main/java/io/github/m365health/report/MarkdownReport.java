package io.github.m365health.report;

/** The report as Markdown that reads well pasted into a ticket: a summary line and two tables per tenant. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(SlaReport report) {
        StringBuilder md = new StringBuilder("# SLA report ").append(report.month()).append(" (UTC)\n\n");
        ReportWindow window = report.window();
        md.append("Month ").append(Times.minutes(window.from())).append(" to ").append(Times.minutes(window.end()))
                .append(" UTC");
        if (window.until().isBefore(window.end())) {
            md.append(", in progress: counted up to ").append(Times.minutes(window.until())).append(" UTC");
        }
        md.append(". Availability is 1 - impact / month length against ").append(Numbers.percent(SlaReport.TARGET))
                .append("; impact is the time with at least one incident open on the service.\n\n");
        if (!report.hasHistory()) {
            return md.append(report.noHistoryNote()).append('\n').toString();
        }
        md.append("History available: ").append(report.availableMonths().get(0)).append(" to ")
                .append(report.availableMonths().get(report.availableMonths().size() - 1)).append(".\n");
        for (TenantSla tenant : report.tenants()) {
            md.append("\n## ").append(text(tenant.tenant())).append("\n\n").append(text(tenant.summary())).append("\n\n");
            md.append("| Service | Incidents | Advisories | Impact (min) | Availability | Below target | Mean time to resolve "
                    + "| Longest time to resolve | Reopens same_id | Reopens follow_up |\n");
            md.append("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
            for (ServiceSla s : tenant.services()) {
                md.append("| ").append(text(s.serviceName())).append(" | ").append(s.incidents().size())
                        .append(" | ").append(s.advisories()).append(" | ").append(Numbers.minutes(s.impactSeconds()))
                        .append(" | ").append(Numbers.percent(s.availability()))
                        .append(" | ").append(s.belowTarget() ? "**yes**" : "no")
                        .append(" | ").append(s.meanTimeToResolve().map(Numbers::duration).orElse("-"))
                        .append(" | ").append(s.longestTimeToResolve().map(Numbers::duration).orElse("-"))
                        .append(" | ").append(s.sameIdReopens()).append(" | ").append(s.followUpReopens()).append(" |\n");
            }
            if (tenant.incidents() > 0) {
                md.append("\n| Incident | Service | Title | Start (UTC) | End (UTC) | Minutes in month |\n");
                md.append("|---|---|---|---|---|---:|\n");
                for (ServiceSla s : tenant.services()) {
                    for (IncidentLine i : s.incidents()) {
                        md.append("| [").append(text(i.id())).append("](").append(i.link().replace(")", "%29"))
                                .append(") | ").append(text(s.serviceName())).append(" | ").append(text(i.title()))
                                .append(" | ").append(Times.minutes(i.start()))
                                .append(" | ").append(i.end() == null ? "open" : Times.minutes(i.end()))
                                .append(" | ").append(Numbers.minutes(i.secondsInMonth())).append(" |\n");
                    }
                }
            }
        }
        return md.toString();
    }

    /**
     * Text from Graph inside a table cell: one line, and every character Markdown gives a meaning
     * escaped, so a title can neither break the table nor inject links, images or HTML.
     */
    static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 8);
        for (char c : raw.replaceAll("\\s+", " ").trim().toCharArray()) {
            if ("\\`*_{}[]<>|~&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}

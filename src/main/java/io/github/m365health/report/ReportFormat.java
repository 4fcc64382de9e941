package io.github.m365health.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The forms the SLA report is written in, by the names {@code --format} and {@code format=} take. */
public enum ReportFormat {
    MARKDOWN("markdown", "text/markdown; charset=utf-8"),
    CSV("csv", "text/csv; charset=utf-8; header=present"),
    JSON("json", "application/json"),
    HTML("html", "text/html; charset=utf-8");

    private final String label;
    private final String contentType;

    ReportFormat(String label, String contentType) {
        this.label = label;
        this.contentType = contentType;
    }

    public String label() {
        return label;
    }

    public String contentType() {
        return contentType;
    }

    /** @throws IllegalArgumentException with a one-line message naming the accepted values */
    public static ReportFormat parse(String text) {
        for (ReportFormat format : values()) {
            if (format.label.equals(text.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a report format; use one of "
                + Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", ")));
    }

    public String render(SlaReport report) {
        return render(report, Optional.empty());
    }

    /** @param tenant the tenant filter the report was asked with: the page's links keep it */
    public String render(SlaReport report, Optional<String> tenant) {
        return switch (this) {
            case MARKDOWN -> MarkdownReport.render(report);
            case CSV -> CsvReport.render(report);
            case JSON -> JsonReport.render(report);
            case HTML -> HtmlReport.render(report, tenant);
        };
    }
}

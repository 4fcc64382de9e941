package io.github.m365health.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report as JSON; the schema is documented in the README ("Monthly SLA report"). */
final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static String render(SlaReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        ReportWindow window = report.window();
        root.put("month", report.month().toString());
        root.put("from", Times.iso(window.from()));
        root.put("to", Times.iso(window.end()));
        root.put("counted_until", Times.iso(window.until()));
        root.put("month_seconds", window.length().getSeconds());
        root.put("target_availability", SlaReport.TARGET);
        root.put("history", report.hasHistory());
        root.put("note", report.hasHistory() ? null : report.noHistoryNote());
        root.put("available_months", report.availableMonths().stream().map(YearMonth::toString).toList());
        List<Object> tenants = new ArrayList<>();
        for (TenantSla tenant : report.tenants()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("tenant", tenant.tenant());
            t.put("summary", tenant.summary());
            t.put("incident_count", tenant.incidents());
            t.put("advisory_count", tenant.advisories());
            t.put("impact_seconds", tenant.impactSeconds());
            t.put("services_below_target", tenant.belowTarget().stream().map(ServiceSla::serviceName).toList());
            List<Object> services = new ArrayList<>();
            for (ServiceSla s : tenant.services()) {
                services.add(service(s));
            }
            t.put("services", services);
            tenants.add(t);
        }
        root.put("tenants", tenants);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always serialize", e);
        }
    }

    private static Map<String, Object> service(ServiceSla s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_name", s.serviceName());
        m.put("incident_count", s.incidents().size());
        m.put("advisory_count", s.advisories());
        m.put("impact_seconds", s.impactSeconds());
        m.put("availability", s.availability());
        m.put("below_target", s.belowTarget());
        m.put("resolved_count", s.resolved().size());
        m.put("mean_time_to_resolve_seconds", s.meanTimeToResolve().map(Duration::getSeconds).orElse(null));
        m.put("longest_time_to_resolve_seconds", s.longestTimeToResolve().map(Duration::getSeconds).orElse(null));
        Map<String, Object> reopens = new LinkedHashMap<>();
        reopens.put("same_id", s.sameIdReopens());
        reopens.put("follow_up", s.followUpReopens());
        m.put("reopens", reopens);
        List<Object> incidents = new ArrayList<>();
        for (IncidentLine i : s.incidents()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", i.id());
            line.put("title", i.title());
            line.put("start", Times.iso(i.start()));
            line.put("end", Times.iso(i.end()));
            line.put("seconds_in_month", i.secondsInMonth());
            line.put("link", i.link());
            incidents.add(line);
        }
        m.put("incidents", incidents);
        return m;
    }
}

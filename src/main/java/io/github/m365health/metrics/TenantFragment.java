package io.github.m365health.metrics;

import io.github.m365health.poll.TenantState;
import java.util.Map;

/**
 * One tenant's series rendered once, in both exposition formats, for the state it was rendered
 * from: per family the sample lines only, so a scrape can join the tenants family by family under
 * one HELP and TYPE each. Immutable; a newer state of the tenant gets a new fragment.
 */
record TenantFragment(TenantState source, Map<FamilySpec, byte[]> text, Map<FamilySpec, byte[]> openMetrics) {

    TenantFragment {
        text = Map.copyOf(text);
        openMetrics = Map.copyOf(openMetrics);
    }

    byte[] lines(ExpositionFormat format, FamilySpec spec) {
        return (format == ExpositionFormat.OPEN_METRICS ? openMetrics : text).get(spec);
    }
}

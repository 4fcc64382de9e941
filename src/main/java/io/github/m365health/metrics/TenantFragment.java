package io.github.m365health.metrics;

import io.github.m365health.health.TenantState;
import java.util.Map;

/**
 * One tenant's series rendered once, in both exposition formats, for the state it was rendered
 * from: per family the sample lines only, so a scrape can join the tenants family by family under
 * one HELP and TYPE each; and the same lines as gzip members, so a compressed scrape compresses
 * nothing. Immutable; a newer state of the tenant gets a new fragment.
 */
record TenantFragment(TenantState source, Map<ExpositionFormat, Map<FamilySpec, byte[]>> plain,
                      Map<ExpositionFormat, Map<FamilySpec, byte[]>> gzip) {

    TenantFragment {
        plain = Map.copyOf(plain);
        gzip = Map.copyOf(gzip);
    }

    /** A family's sample lines in the format, gzip members if {@code compressed}; null when it has none. */
    byte[] lines(ExpositionFormat format, FamilySpec spec, boolean compressed) {
        return (compressed ? gzip : plain).get(format).get(spec);
    }
}

package io.github.m365health.metrics;

import io.github.m365health.health.TenantState;
import java.util.Arrays;
import java.util.List;

/**
 * One tenant's series rendered once, in both exposition formats, for the state it was rendered
 * from: per family the sample lines only, so a scrape can join the tenants family by family under
 * one HELP and TYPE each. Immutable; a newer state of the tenant gets a new fragment.
 *
 * <p>A family whose lines did not change from the previous fragment keeps the previous array
 * itself, so "this family changed" is a reference comparison: the gzip members joined from
 * several tenants' lines stay valid exactly as long as they were built from the same arrays.
 * Lines are held by family index in {@link MetricFamilies#ALL} rather than in a map, as a scrape
 * looks up every family of every tenant.
 */
final class TenantFragment {

    private final TenantState source;
    /** By format ordinal, then family index; null where the tenant has no series of the family. */
    private final byte[][][] lines;

    private TenantFragment(TenantState source, byte[][][] lines) {
        this.source = source;
        this.lines = lines;
    }

    /**
     * The fragment of {@code source} from its rendered families, taking over the arrays of
     * {@code previous} (the tenant's last fragment, or null) for every family whose bytes are equal.
     */
    static TenantFragment of(TenantState source, Families families, TenantFragment previous, FamilyHeaders headers) {
        List<FamilySpec> specs = MetricFamilies.ALL;
        byte[][][] lines = new byte[ExpositionFormat.values().length][specs.size()][];
        for (ExpositionFormat format : ExpositionFormat.values()) {
            for (int index = 0; index < specs.size(); index++) {
                Family family = families.get(specs.get(index));
                if (family.isEmpty()) {
                    continue;
                }
                byte[] bytes = headers.sampleLines(format, family);
                byte[] before = previous == null ? null : previous.lines(format, index);
                lines[format.ordinal()][index] = before != null && Arrays.equals(before, bytes) ? before : bytes;
            }
        }
        return new TenantFragment(source, lines);
    }

    /** The state rendered; null for the exporter's own families. */
    TenantState source() {
        return source;
    }

    /** The sample lines of the family at {@code index} in {@link MetricFamilies#ALL}; null when it has none. Shared, not to be changed. */
    byte[] lines(ExpositionFormat format, int index) {
        return lines[format.ordinal()][index];
    }

    /** As {@link #lines(ExpositionFormat, int)}, by family. */
    byte[] lines(ExpositionFormat format, FamilySpec spec) {
        return lines(format, MetricFamilies.ALL.indexOf(spec));
    }
}

package io.github.m365health.metrics;

import io.prometheus.client.Collector.MetricFamilySamples;
import io.prometheus.client.Collector.MetricFamilySamples.Sample;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The families of one scrape, in a fixed order so the exposition reads the same every time. */
final class Families {

    private final Map<FamilySpec, Family> families = new LinkedHashMap<>();

    Families(List<FamilySpec> specs) {
        for (FamilySpec spec : specs) {
            families.put(spec, new Family(spec));
        }
    }

    Family get(FamilySpec spec) {
        Family family = families.get(spec);
        if (family == null) {
            throw new IllegalArgumentException(spec.name() + " is not part of this scrape");
        }
        return family;
    }

    /** Takes over every series of {@code other}, whose families must all be known here. */
    void addAll(Families other) {
        for (Family family : other.families.values()) {
            get(family.spec()).addAll(family);
        }
    }

    /**
     * Joins parts family by family, each part's series after the previous part's. When the parts
     * are tenants in name order and every series carries its tenant as first label, the joined
     * series are in label order without one big sort across all tenants. Families without a
     * series are left out, as a family with no samples says nothing.
     */
    static List<MetricFamilySamples> join(List<FamilySpec> specs, List<Families> parts) {
        List<MetricFamilySamples> out = new ArrayList<>(specs.size());
        for (FamilySpec spec : specs) {
            List<Sample> samples = new ArrayList<>();
            for (Families part : parts) {
                part.get(spec).appendSamplesTo(samples);
            }
            if (!samples.isEmpty()) {
                out.add(Family.samplesOf(spec, samples));
            }
        }
        return out;
    }
}

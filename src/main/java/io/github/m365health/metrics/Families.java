package io.github.m365health.metrics;

import io.prometheus.client.Collector.MetricFamilySamples;
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

    /** Families without a series are left out, as a family with no samples says nothing. */
    List<MetricFamilySamples> toSamples() {
        List<MetricFamilySamples> out = new ArrayList<>(families.size());
        for (Family family : families.values()) {
            if (!family.isEmpty()) {
                out.add(family.toSamples());
            }
        }
        return out;
    }
}

package io.github.m365health.metrics;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The HELP and TYPE lines of every tenant family in both formats, written once at start. */
final class FamilyHeaders {

    private final Map<ExpositionFormat, Map<FamilySpec, String>> text = new EnumMap<>(ExpositionFormat.class);
    private final Map<ExpositionFormat, Map<FamilySpec, byte[]>> bytes = new EnumMap<>(ExpositionFormat.class);

    FamilyHeaders() {
        for (ExpositionFormat format : ExpositionFormat.values()) {
            Map<FamilySpec, String> byFamily = new HashMap<>();
            Map<FamilySpec, byte[]> encoded = new HashMap<>();
            for (FamilySpec spec : MetricFamilies.ALL) {
                String header = format.header(new Family(spec).toSamples());
                byFamily.put(spec, header);
                encoded.put(spec, header.getBytes(StandardCharsets.UTF_8));
            }
            text.put(format, byFamily);
            bytes.put(format, encoded);
        }
    }

    /** The header as bytes; shared, not to be changed. */
    byte[] of(ExpositionFormat format, FamilySpec spec) {
        return bytes.get(format).get(spec);
    }

    /** A family's sample lines without its header, as the format's writer gives them. */
    byte[] sampleLines(ExpositionFormat format, Family family) {
        return format.sampleLines(family.toSamples(), text.get(format).get(family.spec())).getBytes(StandardCharsets.UTF_8);
    }
}

package io.github.m365health.e2e;

import io.github.m365health.metrics.Exposition;
import io.github.m365health.metrics.Exposition.Sample;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shape of an exposition without its values: each family's name and type, and the label
 * names its series carry. Dashboards and alert rules depend on exactly this.
 */
final class FamilyOutline {

    private FamilyOutline() {
    }

    /** One line per family, sorted: {@code name type label,label,...}, or {@code -} where it has no series. */
    static String of(Exposition exposition) {
        Map<String, Set<String>> labels = new TreeMap<>();
        exposition.types().keySet().forEach(family -> labels.put(family, new TreeSet<>()));
        for (Sample sample : exposition.samples()) {
            String family = familyOf(sample.name(), exposition.types().keySet());
            labels.get(family).addAll(sample.labels().keySet());
        }
        StringBuilder text = new StringBuilder();
        labels.forEach((family, names) -> text.append(family).append(' ').append(exposition.type(family)).append(' ')
                .append(names.isEmpty() ? "-" : String.join(",", names)).append('\n'));
        return text.toString();
    }

    /** The declared family a sample belongs to: its own name, or the longest one it extends with a suffix. */
    private static String familyOf(String sampleName, Set<String> families) {
        return families.stream()
                .filter(family -> sampleName.equals(family) || sampleName.startsWith(family + "_"))
                .max(Comparator.comparingInt(String::length))
                .orElseThrow(() -> new AssertionError("sample " + sampleName + " belongs to no declared family"));
    }
}

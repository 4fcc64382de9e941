package io.github.m365health.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Series per metric family in a text 0.0.4 exposition: the {@code # TYPE} lines name the
 * families, and a sample belongs to the family whose name its own name starts with (histograms
 * add {@code _bucket}, {@code _count}, {@code _sum}; counters {@code _total}).
 */
public record SeriesBreakdown(Map<String, Long> seriesByFamily) {

    public static SeriesBreakdown of(String exposition) {
        Map<String, Long> counts = new TreeMap<>();
        String family = "";
        for (String line : exposition.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                family = line.split(" ")[2];
                counts.putIfAbsent(family, 0L);
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                counts.merge(family, 1L, Long::sum);
            }
        }
        return new SeriesBreakdown(counts);
    }

    public long total() {
        return seriesByFamily.values().stream().mapToLong(Long::longValue).sum();
    }

    public void print(PrintStream out, int tenants) {
        out.printf(Locale.ROOT, "%-56s %10s %12s%n", "family", "series", "per tenant");
        seriesByFamily.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.printf(Locale.ROOT, "%-56s %,10d %,12.1f%n", e.getKey(), e.getValue(),
                        e.getValue() / (double) tenants));
        out.printf(Locale.ROOT, "%-56s %,10d %,12.1f%n", "total", total(), total() / (double) tenants);
    }
}

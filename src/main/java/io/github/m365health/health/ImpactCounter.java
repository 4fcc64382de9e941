package io.github.m365health.health;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Impact seconds per service and classification as the counter they are exposed as: never lower
 * than before. When Microsoft shortens an issue, the union of intervals shrinks; the counter holds
 * at its previous high instead. Immutable: the write path raises it at every health poll, and a
 * snapshot only reads it.
 *
 * @param highWater the highest impact seconds reached so far, per service and classification
 */
public record ImpactCounter(Map<ServiceKey, Double> highWater) {

    public static final ImpactCounter ZERO = new ImpactCounter(Map.of());

    public ImpactCounter {
        highWater = Map.copyOf(highWater);
    }

    /** This counter raised to every value of {@code reached} that is higher than its own. */
    @SafeVarargs
    public final ImpactCounter raisedTo(Map<ServiceKey, Double>... reached) {
        Map<ServiceKey, Double> highest = new HashMap<>(highWater);
        for (Map<ServiceKey, Double> values : reached) {
            values.forEach((key, value) -> highest.merge(key, value, Math::max));
        }
        return new ImpactCounter(highest);
    }

    /** The entries raised above {@code before}, the ones a write must persist. */
    public Map<ServiceKey, Double> raisedSince(ImpactCounter before) {
        Map<ServiceKey, Double> raised = new HashMap<>();
        highWater.forEach((key, value) -> {
            if (value > before.highWater.getOrDefault(key, -1.0)) {
                raised.put(key, value);
            }
        });
        return raised;
    }

    /**
     * What the counter shows at a moment whose union of intervals is {@code computed}: the higher
     * of the two per key, for the services {@code services} allows.
     */
    public Map<ServiceKey, Double> shown(Map<ServiceKey, Double> computed, Predicate<String> services) {
        Set<ServiceKey> keys = new HashSet<>(computed.keySet());
        highWater.keySet().stream().filter(key -> services.test(key.serviceName())).forEach(keys::add);
        Map<ServiceKey, Double> shown = new HashMap<>();
        for (ServiceKey key : keys) {
            shown.put(key, Math.max(computed.getOrDefault(key, 0.0), highWater.getOrDefault(key, 0.0)));
        }
        return shown;
    }
}

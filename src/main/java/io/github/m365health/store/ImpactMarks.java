package io.github.m365health.store;

import io.github.m365health.health.ServiceKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The highest impact seconds this process has shown per service and classification of one
 * tenant. Snapshots never show less than an earlier one did, even when Microsoft shortens an
 * issue between two polls; record calls persist these values as high-water marks.
 */
final class ImpactMarks {

    private final Map<ServiceKey, Double> highest = new ConcurrentHashMap<>();

    /** {@code value}, or the higher value shown before for {@code key}. */
    double raise(ServiceKey key, double value) {
        return highest.merge(key, value, Math::max);
    }

    Map<ServiceKey, Double> shown() {
        return Map.copyOf(highest);
    }
}

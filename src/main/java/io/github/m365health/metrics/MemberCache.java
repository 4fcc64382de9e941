package io.github.m365health.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * The gzip members of the last few tenant selections a scrape asked for, per format: the whole
 * exporter ({@code ?tenant=} absent) and, for split scraping with hashmod, each replica's fixed
 * {@code ?tenant=} set. A few sets is what a handful of Prometheus jobs ask for; a client cycling
 * through more only costs the compressions the cache would have saved.
 */
final class MemberCache {

    static final int SELECTIONS = 8;

    private record Key(ExpositionFormat format, Set<String> tenants) {
    }

    private final LongAdder compressions = new LongAdder();
    private final Map<Key, SelectionMembers> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SelectionMembers> eldest) {
            return size() > SELECTIONS;
        }
    };

    /** The members of one selection ({@code tenants} empty: every tenant); new ones start empty. */
    synchronized SelectionMembers of(ExpositionFormat format, Set<String> tenants) {
        return recent.computeIfAbsent(new Key(format, Set.copyOf(tenants)), key -> new SelectionMembers(compressions));
    }

    /** How many members were compressed so far: what a scrape that finds every member valid adds none to. */
    long compressions() {
        return compressions.sum();
    }
}

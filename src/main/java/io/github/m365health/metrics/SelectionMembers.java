package io.github.m365health.metrics;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The gzip members of one format and tenant selection: one per tenant family (or run of small
 * families), holding HELP, TYPE and every selected tenant's lines, and one of the live families
 * (Graph and translation counters, web info, the trailer). Members are kept by the index of
 * their first family.
 *
 * <p>A family member is valid while the arrays it was compressed from are the same instances
 * ({@link TenantFragment} keeps a family's array while its bytes stay equal), so checking costs a
 * reference comparison per tenant. A member found stale is compressed by one scrape while the
 * others that need it wait for that, rather than 50 concurrent scrapers after a poll each
 * compressing the same megabytes of text.
 */
final class SelectionMembers {

    private record FamilyMember(List<byte[]> sources, byte[] gzip) {

        boolean builtFrom(List<byte[]> parts) {
            if (parts.size() != sources.size()) {
                return false;
            }
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i) != sources.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The live families as text for the counter versions it was rendered at; gzip on first need. */
    static final class LiveMember {
        private final LiveFamilies.Version version;
        private final byte[] text;
        private final LongAdder compressions;
        private volatile byte[] gzip;

        private LiveMember(LiveFamilies.Version version, byte[] text, LongAdder compressions) {
            this.version = version;
            this.text = text;
            this.compressions = compressions;
        }

        byte[] text() {
            return text;
        }

        byte[] gzip() {
            byte[] compressed = gzip;
            if (compressed == null) {
                compressed = GzipMember.of(text);
                compressions.increment();
                gzip = compressed;
            }
            return compressed;
        }
    }

    /** The members of a whole answer and the fragments they were joined from. */
    private record Joined(List<TenantFragment> fragments, List<byte[]> members) {
    }

    private final AtomicReferenceArray<FamilyMember> families = new AtomicReferenceArray<>(MetricFamilies.ALL.size());
    private final Object[] locks = new Object[MetricFamilies.ALL.size()];
    private final LongAdder compressions;
    private volatile LiveMember live;
    private volatile Joined joined;

    SelectionMembers(LongAdder compressions) {
        this.compressions = compressions;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * The member joining {@code parts}, which start with the header of the family at {@code first}
     * in {@link MetricFamilies#ALL}; compressed now unless the one kept there joined the same arrays.
     */
    byte[] member(int first, List<byte[]> parts) {
        FamilyMember member = families.get(first);
        if (member != null && member.builtFrom(parts)) {
            return member.gzip();
        }
        synchronized (locks[first]) {
            member = families.get(first);
            if (member == null || !member.builtFrom(parts)) {
                member = new FamilyMember(List.copyOf(parts), GzipMember.of(parts));
                compressions.increment();
                families.set(first, member);
            }
            return member.gzip();
        }
    }

    /**
     * The tenant members of the last answer if it was joined from these very fragments, else null.
     * A fragment is only replaced when its tenant publishes a new state, so between polls a scrape
     * checks one reference per tenant instead of one per tenant and family; the latter took about
     * a third of the handler's samples of a gzip scrape in a profile of 100 tenants.
     */
    List<byte[]> joinedFrom(List<TenantFragment> fragments) {
        Joined last = joined;
        if (last == null || last.fragments().size() != fragments.size()) {
            return null;
        }
        for (int i = 0; i < fragments.size(); i++) {
            if (last.fragments().get(i) != fragments.get(i)) {
                return null;
            }
        }
        return last.members();
    }

    void remember(List<TenantFragment> fragments, List<byte[]> members) {
        joined = new Joined(List.copyOf(fragments), List.copyOf(members));
    }

    /** The live families at {@code version}, rendered by {@code render} unless they already were. */
    LiveMember live(LiveFamilies.Version version, Supplier<String> render) {
        LiveMember member = live;
        if (member == null || !member.version.equals(version)) {
            member = new LiveMember(version, render.get().getBytes(StandardCharsets.UTF_8), compressions);
            live = member;
        }
        return member;
    }
}

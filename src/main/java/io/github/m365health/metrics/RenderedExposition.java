package io.github.m365health.metrics;

import io.github.m365health.health.TenantState;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The /metrics answer joined from tenant fragments, each rendered once per published state rather
 * than on every scrape: a tenant's state only changes when its poll publishes a new one, so
 * between polls a scrape copies bytes. Rendering 100 MSP tenants took over a second and gigabytes
 * of garbage per scrape; joining their fragments is a copy.
 *
 * <p>Fragments hold sample lines per family, so the answer is written family by family (one HELP
 * and TYPE each, then every tenant's lines in tenant order), which is exactly the order and the
 * bytes {@link ExporterCollector} and simpleclient's writer produce for the same states. A gzip
 * answer is one member per family across the selected tenants (small families share one),
 * compressed again when one of their lines changed and otherwise served as it is; one member per
 * tenant and family cost 1.5 times the bytes of the whole answer compressed at once, and their
 * compression on every render.
 *
 * <p>A fragment is rendered by the first scrape after its tenant published a new state, not at
 * publishing: at a 1 s poll interval 100 tenants publish more states than scrapes read. Other
 * scrapes that need the same tenant's fragment meanwhile wait for that render rather than repeat
 * it, as 50 concurrent scrapers after a poll otherwise would; scrapes of other tenants do not wait.
 */
final class RenderedExposition {

    /**
     * Families are compressed together until their lines reach this size: the small ones (up,
     * poll figures, build info) would otherwise each pay a member's header and an empty
     * dictionary, and a small answer would compress far worse than whole. For 100 MSP tenants the
     * members came to 817,001 bytes, against 835,116 for the same answer compressed whole.
     */
    static final int MEMBER_BYTES = 64 << 10;

    private final ExporterCollector collector;
    private final int memberBytes;
    private final FamilyHeaders headers = new FamilyHeaders();
    private final LiveFamilies live;
    private final MemberCache members = new MemberCache();
    private final TenantFragment exporterFragment;
    private final Map<String, TenantFragment> fragments = new ConcurrentHashMap<>();
    private final Map<String, Object> renderLocks = new ConcurrentHashMap<>();

    RenderedExposition(ExporterCollector collector) {
        this(collector, MEMBER_BYTES);
    }

    RenderedExposition(ExporterCollector collector, int memberBytes) {
        this.collector = collector;
        this.memberBytes = memberBytes;
        this.live = new LiveFamilies(collector);
        this.exporterFragment = TenantFragment.of(null, collector.exporterFamilies(), null, headers);
    }

    /** Renders the tenant's fragment now if its state is newer than the one last rendered. */
    TenantFragment fragmentOf(TenantState state) {
        TenantFragment cached = fragments.get(state.tenant());
        if (cached != null && cached.source() == state) {
            return cached;
        }
        synchronized (renderLocks.computeIfAbsent(state.tenant(), tenant -> new Object())) {
            cached = fragments.get(state.tenant());
            if (cached != null && cached.source() == state) {
                return cached;
            }
            TenantFragment rendered = TenantFragment.of(state, collector.renderTenant(state), cached, headers);
            fragments.put(state.tenant(), rendered);
            return rendered;
        }
    }

    /**
     * Writes the answer for the tenants named ({@code tenants} empty: every tenant); with
     * {@code gzip}, as a gzip stream of members compressed when their inputs last changed.
     */
    void write(ExpositionFormat format, Set<String> tenants, boolean gzip, OutputStream out) throws IOException {
        for (byte[] part : answer(format, tenants, gzip)) {
            out.write(part);
        }
    }

    /**
     * The answer {@link #write} writes, as the arrays to send one after another. They are the
     * cached fragments and members themselves, never to be modified; their total length is known
     * before the first byte goes out, so the answer can carry a Content-Length.
     */
    List<byte[]> answer(ExpositionFormat format, Set<String> tenants, boolean gzip) {
        Predicate<String> accepted = tenants.isEmpty() ? tenant -> true : tenants::contains;
        SelectionMembers selection = members.of(format, tenants);
        List<TenantFragment> parts = new ArrayList<>();
        parts.add(exporterFragment);
        Set<String> current = new HashSet<>();
        for (TenantState state : ExporterCollector.byTenantName(collector.currentStates())) {
            current.add(state.tenant());
            if (accepted.test(state.tenant())) {
                parts.add(fragmentOf(state));
            }
        }
        fragments.keySet().retainAll(current);
        renderLocks.keySet().retainAll(current);
        List<byte[]> answer = new ArrayList<>();
        if (gzip) {
            List<byte[]> joined = selection.joinedFrom(parts);
            if (joined == null) {
                joined = tenantMembers(format, parts, selection);
                selection.remember(parts, joined);
            }
            answer.addAll(joined);
        } else {
            addText(format, parts, answer);
        }
        // Read before rendering, so a counter changed meanwhile shows as a newer version next time.
        LiveFamilies.Version version = live.version();
        SelectionMembers.LiveMember liveMember = selection.live(version, () -> live.render(format, accepted));
        answer.add(gzip ? liveMember.gzip() : liveMember.text());
        return answer;
    }

    /** Every family with its header, then each tenant's lines; a family no tenant has a series of is left out, as the writer does. */
    private void addText(ExpositionFormat format, List<TenantFragment> parts, List<byte[]> out) {
        List<FamilySpec> specs = MetricFamilies.ALL;
        for (int index = 0; index < specs.size(); index++) {
            boolean headerWritten = false;
            for (TenantFragment part : parts) {
                byte[] lines = part.lines(format, index);
                if (lines == null) {
                    continue;
                }
                if (!headerWritten) {
                    out.add(headers.of(format, specs.get(index)));
                    headerWritten = true;
                }
                out.add(lines);
            }
        }
    }

    /** The same bytes as {@link #addText}, as gzip members of at least {@code memberBytes} each (but the last). */
    private List<byte[]> tenantMembers(ExpositionFormat format, List<TenantFragment> parts, SelectionMembers selection) {
        List<FamilySpec> specs = MetricFamilies.ALL;
        List<byte[]> out = new ArrayList<>();
        List<byte[]> member = new ArrayList<>();
        long memberSize = 0;
        int memberStart = 0;
        for (int index = 0; index < specs.size(); index++) {
            boolean headerAdded = false;
            for (TenantFragment part : parts) {
                byte[] lines = part.lines(format, index);
                if (lines == null) {
                    continue;
                }
                if (!headerAdded) {
                    if (member.isEmpty()) {
                        memberStart = index;
                    }
                    byte[] header = headers.of(format, specs.get(index));
                    member.add(header);
                    memberSize += header.length;
                    headerAdded = true;
                }
                member.add(lines);
                memberSize += lines.length;
            }
            if (memberSize >= memberBytes) {
                out.add(selection.member(memberStart, member));
                member.clear();
                memberSize = 0;
            }
        }
        if (!member.isEmpty()) {
            out.add(selection.member(memberStart, member));
        }
        return out;
    }

    /** Gzip members compressed so far, for tests that a scrape compressed only what changed. */
    long compressions() {
        return members.compressions();
    }
}

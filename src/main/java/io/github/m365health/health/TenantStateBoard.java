package io.github.m365health.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Holds the latest {@link TenantState} of every tenant. Pollers of different tenants, and the
 * health and message polls of one tenant, update it from different threads; each update swaps in
 * a whole new immutable map, so a scrape reading {@link #current()} sees every tenant as of one
 * moment and never a half-written state.
 */
public final class TenantStateBoard implements TenantStates {

    // Insertion-ordered (configuration order) and never mutated once published.
    private final AtomicReference<Map<String, TenantState>> states;

    public TenantStateBoard(List<TenantState> initial) {
        Map<String, TenantState> byTenant = new LinkedHashMap<>();
        for (TenantState state : initial) {
            if (byTenant.putIfAbsent(state.tenant(), state) != null) {
                throw new IllegalArgumentException("duplicate tenant " + state.tenant());
            }
        }
        this.states = new AtomicReference<>(Collections.unmodifiableMap(byTenant));
    }

    /** The state of a tenant before its first poll: its stored history, no listing attempted yet. */
    public static TenantState initialState(TenantSnapshot snapshot) {
        return new TenantState(snapshot.tenant(), snapshot, Map.of(), "");
    }

    @Override
    public List<TenantState> current() {
        return List.copyOf(states.get().values());
    }

    public TenantState get(String tenant) {
        TenantState state = states.get().get(tenant);
        if (state == null) {
            throw new IllegalArgumentException("unknown tenant " + tenant);
        }
        return state;
    }

    /**
     * Applies {@code change} to one tenant's state atomically. {@code change} may run more than
     * once when another update wins the race, so it must be a pure function of its argument.
     */
    public void update(String tenant, UnaryOperator<TenantState> change) {
        states.updateAndGet(before -> {
            TenantState old = before.get(tenant);
            if (old == null) {
                throw new IllegalArgumentException("unknown tenant " + tenant);
            }
            Map<String, TenantState> after = new LinkedHashMap<>(before);
            after.put(tenant, change.apply(old));
            return Collections.unmodifiableMap(after);
        });
    }
}

package io.github.m365health.health;

import java.util.List;

/** The current state of every configured tenant, in configuration order. */
@FunctionalInterface
public interface TenantStates {
    List<TenantState> current();
}

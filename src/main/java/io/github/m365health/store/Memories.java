package io.github.m365health.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every tenant's committed {@link TenantMemory}, loaded from the file the first time it is asked
 * for. Only the group commit installs a newer memory, after its transaction committed and before
 * the connection is free again; a load from the file only fills a tenant that has none yet. A
 * load that raced with a commit therefore never replaces the memory that commit installed.
 */
final class Memories {

    private final Database database;
    private final MemoryLoader loader;
    private final Clock clock;
    private final Map<String, TenantMemory> committed = new ConcurrentHashMap<>();

    Memories(Database database, MemoryLoader loader, Clock clock) {
        this.database = database;
        this.loader = loader;
        this.clock = clock;
    }

    /** The tenant's last committed memory, without waiting for a write unless it must be loaded first. */
    TenantMemory committed(String tenant) throws StoreException {
        Objects.requireNonNull(tenant, "tenant");
        TenantMemory memory = committed.get(tenant);
        if (memory != null) {
            return memory;
        }
        TenantMemory loaded = database.transaction("load the history of tenant " + tenant,
                connection -> loader.load(connection, tenant, clock.instant()));
        TenantMemory raced = committed.putIfAbsent(tenant, loaded);
        return raced == null ? loaded : raced;
    }

    /** The tenant's last committed memory, loaded on the group commit's own connection inside its transaction. */
    TenantMemory committed(Connection connection, String tenant) throws SQLException {
        TenantMemory memory = committed.get(tenant);
        return memory != null ? memory : loader.load(connection, tenant, clock.instant());
    }

    /** Called only with the connection held, right after the transaction that wrote these memories committed. */
    void install(Map<String, TenantMemory> written) {
        committed.putAll(written);
    }
}

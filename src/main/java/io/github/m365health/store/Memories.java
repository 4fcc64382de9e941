package io.github.m365health.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    /**
     * Loads the memories of those {@code tenants} that have none yet, {@code threads} tenants at a
     * time, each thread on a read-only connection of its own. On one connection a restart of 100
     * tenants spent 3-4 s loading them one after another before the first poll; the loads are
     * mostly decoding stored JSON, so they scale with cores. Like {@link #committed(String)},
     * a load never replaces a memory a commit installed meanwhile.
     *
     * @throws StoreException the first load that failed; the memories loaded before it are kept
     */
    void loadAll(List<String> tenants, int threads) throws StoreException {
        Queue<String> missing = new ConcurrentLinkedQueue<>();
        tenants.stream().distinct().filter(tenant -> !committed.containsKey(tenant)).forEach(missing::add);
        int workers = Math.max(1, Math.min(threads, missing.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, work -> {
            Thread thread = new Thread(work, "state-store-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> loads = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                loads.add(pool.submit(() -> loadEach(missing)));
            }
            for (Future<Void> load : loads) {
                await(load);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Void loadEach(Queue<String> missing) throws StoreException {
        for (String tenant = missing.poll(); tenant != null; tenant = missing.poll()) {
            String name = tenant;
            TenantMemory loaded = database.readAlone("load the history of tenant " + name,
                    connection -> loader.load(connection, name, clock.instant()));
            committed.putIfAbsent(name, loaded);
        }
        return null;
    }

    private static void await(Future<Void> load) throws StoreException {
        try {
            load.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException failed) {
                throw failed;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("loading the stored history was interrupted", e);
        }
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

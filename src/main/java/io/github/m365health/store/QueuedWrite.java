package io.github.m365health.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;

/**
 * One caller's write waiting for the {@link GroupCommit}; {@code done} completes once it is
 * committed, or fails with its one-line {@link StoreException}.
 *
 * @param tenant the tenant whose memory the write builds the next of, or null for a write that
 *               only adds rows (a review)
 * @param doing  what the write does, completing "could not ..." in its error
 */
record QueuedWrite(String tenant, String doing, Recorder recorder, CompletableFuture<Void> done) {

    /** The write itself, run inside the batch's transaction in a savepoint of its own. */
    @FunctionalInterface
    interface Recorder {
        /** Returns the tenant's next memory; {@code before} and the result are null when no memory is kept. */
        TenantMemory record(Connection connection, TenantMemory before) throws SQLException;
    }

    static QueuedWrite of(String tenant, String doing, Recorder recorder) {
        return new QueuedWrite(tenant, doing, recorder, new CompletableFuture<>());
    }

    boolean keepsMemory() {
        return tenant != null;
    }
}

package io.github.m365health.graph;

/**
 * Bearer tokens for Graph, cached and renewed ahead of expiry. Implementations are thread-safe:
 * the listings of one tenant may run on different threads.
 */
public interface TokenSource {

    /**
     * A token that stays valid at least until {@code deadline} when a fresh token can; renews the
     * cached one when it is due or would expire first. The deadline also bounds the retries of a
     * token request.
     */
    String token(java.time.Instant deadline) throws GraphException;

    /** Drops the cached token after Graph refused it (401), so that the next call fetches a new one. */
    void invalidate();
}

package io.github.m365health.config;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which replica of a scaled-out exporter this process is ({@code --tenants.shard=INDEX/COUNT}),
 * and so which tenants it polls.
 *
 * <p>Tenants go to replicas by rendezvous (highest random weight) hashing: each replica scores
 * every tenant with a hash of {@code "<tenant>/<replica>"}, and the tenant belongs to the replica
 * with the highest score. Every replica computes the same answer from the names alone, without
 * talking to the others; going from COUNT to COUNT+1 replicas moves only the tenants whose new
 * highest score is the new replica's, about 1/(COUNT+1) of them. The hash is SHA-256, so the
 * assignment is the same on every JVM and release ({@code String.hashCode} promises neither).
 *
 * @param index this replica, from 0
 * @param count replicas in all, at least 1
 */
public record TenantShard(int index, int count) {

    /** One process polling every tenant, the default. */
    public static final TenantShard ALL = new TenantShard(0, 1);

    private static final Pattern SPEC = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    public TenantShard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " needs 0 <= INDEX < COUNT");
        }
    }

    /**
     * Reads {@code INDEX/COUNT} as the flag takes it, e.g. {@code 2/3}.
     *
     * @throws IllegalArgumentException with a one-line message saying what a good value looks like
     */
    public static TenantShard parse(String text) {
        Matcher matcher = SPEC.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" must be INDEX/COUNT with whole numbers, such as 0/3");
        }
        int index = Integer.parseInt(matcher.group(1));
        int count = Integer.parseInt(matcher.group(2));
        if (count < 1) {
            throw new IllegalArgumentException("\"" + text + "\": COUNT must be at least 1");
        }
        if (index >= count) {
            throw new IllegalArgumentException("\"" + text + "\": INDEX must be below COUNT (replicas are numbered from 0,"
                    + " so the last of " + count + " is " + (count - 1) + "/" + count + ")");
        }
        return new TenantShard(index, count);
    }

    /** The replica, out of {@code count}, that polls {@code tenant}. */
    public static int replicaOf(String tenant, int count) {
        int best = 0;
        long bestScore = score(tenant, 0);
        for (int replica = 1; replica < count; replica++) {
            long score = score(tenant, replica);
            if (Long.compareUnsigned(score, bestScore) > 0) {
                best = replica;
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether this replica polls {@code tenant}. */
    public boolean owns(String tenant) {
        return count == 1 || replicaOf(tenant, count) == index;
    }

    /** The tenants this replica polls, in their configured order. */
    public List<TenantConfig> select(List<TenantConfig> tenants) {
        List<TenantConfig> mine = new ArrayList<>();
        for (TenantConfig tenant : tenants) {
            if (owns(tenant.name())) {
                mine.add(tenant);
            }
        }
        return List.copyOf(mine);
    }

    /** {@code INDEX/COUNT}, as the flag is written. */
    @Override
    public String toString() {
        return index + "/" + count;
    }

    private static long score(String tenant, int replica) {
        byte[] digest = sha256().digest((tenant + "/" + replica).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}

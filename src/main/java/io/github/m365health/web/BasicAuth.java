package io.github.m365health.web;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks {@code Authorization: Basic} against bcrypt hashes, as the exporter toolkit does: an
 * unknown user is checked against a fixed hash so timing does not tell which users exist, and
 * results are cached so a scrape every few seconds does not pay for bcrypt (tens of
 * milliseconds at cost 10) each time. The cache is keyed by a SHA-256 of user, hash and
 * password, so no password is kept in memory as text.
 */
final class BasicAuth {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[abxy]?\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}");
    /** bcrypt of "fakepassword", the toolkit's stand-in for users that do not exist. */
    private static final String UNKNOWN_USER_HASH = "$2y$10$QOauhQNbBCuQDKes6eFzPeMqBSjb7Mr5DUmpZ/VcEd00UAV/LDeSi";
    private static final int CACHE_SIZE = 100;
    private static final BCrypt.Verifyer BCRYPT_VERIFIER = BCrypt.verifyer(BCrypt.Version.VERSION_2A,
            LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2A));

    private final Map<String, Boolean> cache = new ConcurrentHashMap<>();
    /** bcrypt is CPU-bound by design: one check at a time keeps a password-guessing client from taking every core. */
    private final Object bcryptLock = new Object();

    static boolean isBcryptHash(String text) {
        return BCRYPT.matcher(text).matches();
    }

    /** Whether {@code authorization} (the header, or empty) names a user of {@code users} with the right password. */
    boolean allows(Map<String, String> users, Optional<String> authorization) {
        Optional<String[]> credentials = authorization.flatMap(BasicAuth::decode);
        if (credentials.isEmpty()) {
            return false;
        }
        String user = credentials.get()[0];
        String password = credentials.get()[1];
        String hash = users.get(user);
        boolean known = hash != null;
        String checked = known ? hash : UNKNOWN_USER_HASH;
        String key = cacheKey(user, checked, password);
        Boolean cached = cache.get(key);
        if (cached != null) {
            return cached && known;
        }
        boolean verified;
        synchronized (bcryptLock) {
            verified = BCRYPT_VERIFIER.verify(password.getBytes(StandardCharsets.UTF_8),
                    checked.getBytes(StandardCharsets.UTF_8)).verified;
        }
        boolean ok = verified && known;
        if (cache.size() >= CACHE_SIZE) {
            // Random eviction, as the toolkit does; a full cache only costs a bcrypt check again.
            cache.keySet().stream().findAny().ifPresent(cache::remove);
        }
        cache.put(key, ok);
        return ok;
    }

    private static Optional<String[]> decode(String header) {
        if (header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = pair.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
    }

    private static String cacheKey(String user, String hash, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {user, hash, password}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}

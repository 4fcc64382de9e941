package io.github.m365health.demo;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Access tokens the demo's token endpoint has handed out, each valid for Entra's usual 3599 s. */
final class IssuedTokens {

    static final Duration LIFETIME = Duration.ofSeconds(3599);

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final SecureRandom random;

    IssuedTokens(SecureRandom random) {
        this.random = random;
    }

    String issue(Instant now) {
        expiries.values().removeIf(expiry -> !now.isBefore(expiry));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        expiries.put(token, now.plus(LIFETIME));
        return token;
    }

    boolean valid(String token, Instant now) {
        Instant expiry = token == null ? null : expiries.get(token);
        return expiry != null && now.isBefore(expiry);
    }
}

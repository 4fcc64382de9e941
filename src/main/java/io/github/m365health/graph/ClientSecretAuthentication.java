package io.github.m365health.graph;

import io.github.m365health.config.Secret;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A client secret, sent in the form (not as Basic auth, which Entra accepts too but needs no more). */
record ClientSecretAuthentication(Secret secret) implements ClientAuthentication {

    ClientSecretAuthentication {
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public Map<String, String> formFields(String audience, Instant now) {
        return Map.of("client_secret", secret.reveal());
    }
}

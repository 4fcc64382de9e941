package io.github.m365health.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Workload identity federation: the JWT in the file is the client assertion. Kubernetes rotates
 * the projected file (about hourly) and an old one expires, so it is read again for every token.
 */
final class FederatedAssertion implements ClientAuthentication {

    private final Path tokenFile;

    FederatedAssertion(Path tokenFile) {
        this.tokenFile = Objects.requireNonNull(tokenFile, "tokenFile");
    }

    @Override
    public Map<String, String> formFields(String audience, Instant now) throws GraphException {
        String assertion;
        try {
            assertion = Files.readString(tokenFile, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new GraphException(GraphEndpoint.TOKEN, 0, "federated_token_unreadable",
                    "cannot read the federated token file " + tokenFile + " (" + e.getClass().getSimpleName()
                            + "): check federated_token_file and the projected service account token volume", e);
        }
        if (assertion.isEmpty()) {
            throw new GraphException(GraphEndpoint.TOKEN, 0, "federated_token_unreadable",
                    "the federated token file " + tokenFile + " is empty: check the projected service account token volume");
        }
        return Map.of("client_assertion_type", CLIENT_ASSERTION_TYPE, "client_assertion", assertion);
    }

    @Override
    public String toString() {
        return "FederatedAssertion[" + tokenFile + "]";
    }
}

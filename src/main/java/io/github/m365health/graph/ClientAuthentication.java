package io.github.m365health.graph;

import io.github.m365health.config.Credential;
import java.time.Instant;
import java.util.Map;

/** The form fields by which one {@link Credential} proves the app to Entra ID's token endpoint. */
sealed interface ClientAuthentication permits ClientSecretAuthentication, CertificateAssertion, FederatedAssertion {

    String CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    /**
     * @param audience the exact token endpoint URL, which a client assertion must name as {@code aud}
     */
    Map<String, String> formFields(String audience, Instant now) throws GraphException;

    static ClientAuthentication of(String clientId, Credential credential) {
        if (credential instanceof Credential.ClientSecret secret) {
            return new ClientSecretAuthentication(secret.secret());
        }
        if (credential instanceof Credential.Certificate certificate) {
            return new CertificateAssertion(clientId, certificate.privateKey(), certificate.certificate(),
                    certificate.algorithm());
        }
        if (credential instanceof Credential.FederatedToken federated) {
            return new FederatedAssertion(federated.tokenFile());
        }
        throw new IllegalArgumentException("unsupported credential " + credential.getClass().getSimpleName());
    }
}

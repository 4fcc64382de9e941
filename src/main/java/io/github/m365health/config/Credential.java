package io.github.m365health.config;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** How a tenant's app proves itself to Entra ID: exactly one per tenant. */
public sealed interface Credential {

    /** A client secret, sent in the token request's form. */
    record ClientSecret(Secret secret) implements Credential {
    }

    /** A certificate whose private key signs a client-assertion JWT. */
    record Certificate(PrivateKey privateKey, X509Certificate certificate, AssertionAlgorithm algorithm)
            implements Credential {

        /** One line that names the certificate and leaves the key out, fit for a log line. */
        @Override
        public String toString() {
            return "Certificate[subject=" + certificate.getSubjectX500Principal().getName()
                    + ", notAfter=" + certificate.getNotAfter().toInstant()
                    + ", algorithm=" + algorithm + ", privateKey=redacted]";
        }
    }

    /**
     * Workload identity federation: a JWT issued by another identity provider (Kubernetes projects
     * it into a file and rotates it) is sent as the client assertion. The file is re-read on each
     * token renewal.
     */
    record FederatedToken(Path tokenFile) implements Credential {
    }

    /** Signature and thumbprint header of a certificate client assertion. */
    enum AssertionAlgorithm {
        /** RSASSA-PKCS1-v1_5 with SHA-256 and the SHA-1 {@code x5t}: accepted in every cloud. */
        RS256,
        /** RSASSA-PSS with SHA-256 and the {@code x5t#S256} thumbprint: Entra's current advice. */
        PS256
    }
}

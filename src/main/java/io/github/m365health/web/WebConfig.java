package io.github.m365health.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code --web.config.file}, in the Prometheus exporter-toolkit format, validated.
 *
 * @param tls     TLS for the listener, when configured
 * @param users   user name → bcrypt hash; empty means no basic auth
 * @param headers added to every response, from the toolkit's allow-list
 * @param rateLimit over all requests together, when configured with an interval above 0
 */
record WebConfig(Optional<Tls> tls, Map<String, String> users, Map<String, String> headers,
                 Optional<RateLimit> rateLimit) {

    static final WebConfig NONE = new WebConfig(Optional.empty(), Map.of(), Map.of(), Optional.empty());

    /** The toolkit's {@code rate_limit}: at most {@code burst} requests at once, then one per {@code interval}. */
    record RateLimit(int burst, java.time.Duration interval) {
    }

    WebConfig {
        users = Map.copyOf(users);
        headers = Map.copyOf(headers);
    }

    /** How client certificates are asked for, with the toolkit's (Go's) names. */
    enum ClientAuth {
        NO_CLIENT_CERT("NoClientCert"),
        REQUEST_CLIENT_CERT("RequestClientCert"),
        REQUIRE_ANY_CLIENT_CERT("RequireAnyClientCert"),
        VERIFY_CLIENT_CERT_IF_GIVEN("VerifyClientCertIfGiven"),
        REQUIRE_AND_VERIFY_CLIENT_CERT("RequireAndVerifyClientCert");

        final String toolkitName;

        ClientAuth(String toolkitName) {
            this.toolkitName = toolkitName;
        }

        boolean requiresCertificate() {
            return this == REQUIRE_ANY_CLIENT_CERT || this == REQUIRE_AND_VERIFY_CLIENT_CERT;
        }

        boolean verifies() {
            return this == VERIFY_CLIENT_CERT_IF_GIVEN || this == REQUIRE_AND_VERIFY_CLIENT_CERT;
        }
    }

    /**
     * @param certificatePem the server certificate chain, PEM (from cert_file or cert)
     * @param keyPem         its private key, PEM (from key_file or key); never logged
     * @param clientCaPem    CA certificates for client certificates, PEM; empty when none
     * @param protocols      JSSE protocol names from min_version to max_version
     * @param cipherSuites   TLS 1.2 suites to allow; empty for the JVM's defaults
     * @param allowedSans    a client certificate must carry one of these SANs; empty for any
     */
    record Tls(String certificatePem, String keyPem, String clientCaPem, ClientAuth clientAuth,
               List<String> protocols, List<String> cipherSuites, boolean preferServerCipherSuites,
               List<String> allowedSans) {

        Tls {
            protocols = List.copyOf(protocols);
            cipherSuites = List.copyOf(cipherSuites);
            allowedSans = List.copyOf(allowedSans);
        }

        @Override
        public String toString() {
            return "Tls[clientAuth=" + clientAuth + ", protocols=" + protocols + "]";
        }
    }
}

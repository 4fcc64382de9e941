package io.github.m365health.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.m365health.config.Credential.AssertionAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A certificate credential: each token request carries a freshly signed JWT client assertion.
 * RS256 with the SHA-1 {@code x5t} is the default because every cloud and AD FS accept it; PS256
 * with {@code x5t#S256} is what Entra now recommends (graph-api.md §4.2).
 */
final class CertificateAssertion implements ClientAuthentication {

    /** Entra enforces no maximum, but a short-lived assertion is worth little if it leaks. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final String clientId;
    private final PrivateKey privateKey;
    private final AssertionAlgorithm algorithm;
    private final Map<String, Object> header;
    private final ObjectMapper json = new ObjectMapper();

    CertificateAssertion(String clientId, PrivateKey privateKey, X509Certificate certificate, AssertionAlgorithm algorithm) {
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.header = header(certificate, algorithm);
    }

    @Override
    public Map<String, String> formFields(String audience, Instant now) throws GraphException {
        return Map.of("client_assertion_type", CLIENT_ASSERTION_TYPE, "client_assertion", sign(audience, now));
    }

    String sign(String audience, Instant now) throws GraphException {
        long issuedAt = now.getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", audience);
        claims.put("iss", clientId);
        claims.put("sub", clientId);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("nbf", issuedAt);
        claims.put("iat", issuedAt);
        claims.put("exp", issuedAt + LIFETIME.toSeconds());
        try {
            String signingInput = encode(json.writeValueAsBytes(header)) + "." + encode(json.writeValueAsBytes(claims));
            Signature signature = signature(algorithm);
            signature.initSign(privateKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + encode(signature.sign());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new GraphException(GraphEndpoint.TOKEN, 0, "assertion_signing_failed",
                    "cannot sign the client assertion with " + algorithm + " (" + e.getClass().getSimpleName()
                            + "): check that the certificate's private key is an RSA key", e);
        }
    }

    static Signature signature(AssertionAlgorithm algorithm) throws GeneralSecurityException {
        if (algorithm == AssertionAlgorithm.PS256) {
            Signature pss = Signature.getInstance("RSASSA-PSS");
            pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            return pss;
        }
        return Signature.getInstance("SHA256withRSA");
    }

    private static Map<String, Object> header(X509Certificate certificate, AssertionAlgorithm algorithm) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", algorithm.name());
        header.put("typ", "JWT");
        if (algorithm == AssertionAlgorithm.PS256) {
            header.put("x5t#S256", thumbprint(certificate, "SHA-256"));
        } else {
            header.put("x5t", thumbprint(certificate, "SHA-1"));
        }
        return Collections.unmodifiableMap(header);
    }

    /** base64url of the digest of the DER certificate: how Entra finds the registered certificate. */
    static String thumbprint(X509Certificate certificate, String digest) {
        try {
            return encode(MessageDigest.getInstance(digest).digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute the " + digest + " certificate thumbprint", e);
        }
    }

    private static String encode(byte[] bytes) {
        return BASE64URL.encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "CertificateAssertion[" + algorithm + "]";
    }
}

package io.github.m365health.config;

import io.github.m365health.config.Credential.AssertionAlgorithm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Loads an app certificate and its RSA private key from PEM (PKCS#8 or PKCS#1 key, unencrypted)
 * or PKCS#12. Problems are thrown as {@link IllegalArgumentException}s whose message says what to
 * do; they never contain key material.
 */
final class CertificateReader {

    static final String ENCRYPTED_PEM = "the private key is encrypted, which PEM files here cannot be;"
            + " remove the passphrase (openssl pkey -in key.pem -out plain.pem)"
            + " or use a PKCS#12 file with password_file or password_env";
    static final String WRONG_PASSWORD = "wrong password";
    static final String RSA_ONLY = "the private key is not an RSA key; only RSA keys can sign client assertions here";

    private CertificateReader() {
    }

    static Credential.Certificate fromPem(String text, AssertionAlgorithm algorithm) {
        PrivateKey key = null;
        List<X509Certificate> certificates = new ArrayList<>();
        for (Pem.Block block : Pem.blocks(text)) {
            switch (block.type()) {
                case "ENCRYPTED PRIVATE KEY" -> throw new IllegalArgumentException(ENCRYPTED_PEM);
                case "EC PRIVATE KEY", "DSA PRIVATE KEY" -> throw new IllegalArgumentException(RSA_ONLY);
                case "PRIVATE KEY", "RSA PRIVATE KEY" -> {
                    if (block.headers().contains("ENCRYPTED")) {
                        throw new IllegalArgumentException(ENCRYPTED_PEM);
                    }
                    if (key != null) {
                        throw new IllegalArgumentException("holds more than one private key; keep only the app's");
                    }
                    byte[] pkcs8 = block.type().equals("PRIVATE KEY") ? block.der() : Pem.pkcs1ToPkcs8(block.der());
                    key = rsaKey(pkcs8);
                }
                case "CERTIFICATE" -> certificates.add(x509(block.der()));
                default -> {
                    // Other blocks (parameters, CRLs) play no part in a client assertion.
                }
            }
        }
        if (key == null) {
            throw new IllegalArgumentException("no private key found (expected a PRIVATE KEY or RSA PRIVATE KEY block)");
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no certificate found (expected a CERTIFICATE block)");
        }
        return matching(key, certificates, algorithm);
    }

    /** PKCS#12 is DER: a SEQUENCE, tag 0x30. The name is a hint for files that are neither. */
    static boolean looksLikePkcs12(Path file, byte[] bytes) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".p12") || name.endsWith(".pfx") || bytes.length > 0 && bytes[0] == 0x30;
    }

    static Credential.Certificate fromPkcs12(byte[] bytes, char[] password, AssertionAlgorithm algorithm) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            List<String> keyAliases = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keyAliases.add(alias);
                }
            }
            if (keyAliases.isEmpty()) {
                throw new IllegalArgumentException("holds no private key");
            }
            if (keyAliases.size() > 1) {
                throw new IllegalArgumentException("holds more than one private key; keep only the app's");
            }
            Key key = store.getKey(keyAliases.get(0), password);
            if (!(key instanceof PrivateKey privateKey) || !(key instanceof RSAKey)) {
                throw new IllegalArgumentException(RSA_ONLY);
            }
            Certificate[] chain = store.getCertificateChain(keyAliases.get(0));
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : chain == null ? new Certificate[0] : chain) {
                if (certificate instanceof X509Certificate x509) {
                    certificates.add(x509);
                }
            }
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("holds no certificate for its private key");
            }
            return matching(privateKey, certificates, algorithm);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getCause() instanceof UnrecoverableKeyException
                    ? WRONG_PASSWORD : "is not a PKCS#12 file, or is damaged");
        } catch (UnrecoverableKeyException e) {
            throw new IllegalArgumentException(WRONG_PASSWORD);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot be read as PKCS#12 (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static PrivateKey rsaKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException(RSA_ONLY);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no RSA key factory", e);
        }
    }

    private static X509Certificate x509(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("a CERTIFICATE block is not a valid X.509 certificate");
        }
    }

    /** A PEM file may carry the whole chain; the app's certificate is the one holding the key's public half. */
    private static Credential.Certificate matching(PrivateKey key, List<X509Certificate> certificates,
            AssertionAlgorithm algorithm) {
        for (X509Certificate certificate : certificates) {
            if (certificate.getPublicKey() instanceof RSAKey publicKey
                    && publicKey.getModulus().equals(((RSAKey) key).getModulus())) {
                return new Credential.Certificate(key, certificate, algorithm);
            }
        }
        throw new IllegalArgumentException("the certificate does not match the private key");
    }
}

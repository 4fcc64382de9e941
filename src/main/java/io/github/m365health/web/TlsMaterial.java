package io.github.m365health.web;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** Turns {@link WebConfig.Tls} into Jetty's TLS settings, with the toolkit's client-certificate policies. */
final class TlsMaterial {

    /** Go applies cipher_suites to TLS 1.2 only; TLS 1.3's suites stay on, as they do there. */
    private static final List<String> TLS13_SUITES = List.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256");
    private static final char[] STORE_PASSWORD = "in-memory".toCharArray();

    private TlsMaterial() {
    }

    /** @throws IllegalArgumentException saying what is wrong with the certificate, key or CA */
    static void check(WebConfig.Tls tls) {
        keyStore(tls);
        if (!tls.clientCaPem().isEmpty() && PemKeys.certificates(tls.clientCaPem()).isEmpty()) {
            throw new IllegalArgumentException("the client CA holds no CERTIFICATE block");
        }
    }

    static void checkCipherSuites(List<String> names, String at) {
        Set<String> supported;
        try {
            supported = Set.of(SSLContext.getDefault().getSupportedSSLParameters().getCipherSuites());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM has no default TLS context", e);
        }
        for (String name : names) {
            if (!supported.contains(name)) {
                throw new IllegalArgumentException(at + ": unknown cipher: " + name);
            }
        }
    }

    /** A Jetty TLS factory for {@code tls}; {@link #reload} swaps in new material for the next connections. */
    static Factory factory(WebConfig.Tls tls) {
        Factory factory = new Factory();
        factory.apply(tls);
        return factory;
    }

    /** Picks up changed files for new connections; connections already open keep their session. */
    static void reload(Factory factory, WebConfig.Tls tls) throws Exception {
        factory.reload(f -> ((Factory) f).apply(tls));
    }

    static final class Factory extends SslContextFactory.Server {

        private volatile WebConfig.Tls tls;

        void apply(WebConfig.Tls settings) {
            this.tls = settings;
            setKeyStore(keyStore(settings));
            setKeyStorePassword(new String(STORE_PASSWORD));
            setKeyManagerPassword(new String(STORE_PASSWORD));
            setTrustStore(settings.clientCaPem().isEmpty() ? null : trustStore(settings.clientCaPem()));
            setNeedClientAuth(settings.clientAuth().requiresCertificate());
            setWantClientAuth(settings.clientAuth() != WebConfig.ClientAuth.NO_CLIENT_CERT);
            setIncludeProtocols(settings.protocols().toArray(String[]::new));
            // Jetty leaves out TLS 1.0 and 1.1 by default; the configuration decides here.
            setExcludeProtocols();
            if (!settings.cipherSuites().isEmpty()) {
                List<String> suites = new ArrayList<>(settings.cipherSuites());
                suites.addAll(TLS13_SUITES);
                setIncludeCipherSuites(suites.toArray(String[]::new));
            }
            setUseCipherSuitesOrder(settings.preferServerCipherSuites());
            // Clients are identified by certificate, not by host name.
            setEndpointIdentificationAlgorithm(null);
        }

        @Override
        protected TrustManager[] getTrustManagers(KeyStore trustStore, Collection<? extends java.security.cert.CRL> crls)
                throws Exception {
            WebConfig.Tls settings = tls;
            X509TrustManager verifying = null;
            if (settings.clientAuth().verifies()) {
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(trustStore);
                verifying = (X509TrustManager) factory.getTrustManagers()[0];
            }
            return new TrustManager[] {new ClientCertificates(verifying, settings.allowedSans(),
                    trustStore == null ? new X509Certificate[0] : acceptedIssuers(trustStore))};
        }
    }

    /**
     * Checks client certificates as the policy says: against the client CA when it verifies, not
     * at all for RequestClientCert and RequireAnyClientCert, and then for an allowed SAN if any.
     */
    private static final class ClientCertificates extends X509ExtendedTrustManager {

        private final X509TrustManager verifying;
        private final List<String> allowedSans;
        private final X509Certificate[] issuers;

        ClientCertificates(X509TrustManager verifying, List<String> allowedSans, X509Certificate[] issuers) {
            this.verifying = verifying;
            this.allowedSans = allowedSans;
            this.issuers = issuers;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (verifying != null) {
                verifying.checkClientTrusted(chain, authType);
            }
            if (!allowedSans.isEmpty() && !hasAllowedSan(chain[0])) {
                throw new CertificateException("the client certificate carries none of client_allowed_sans");
            }
        }

        private boolean hasAllowedSan(X509Certificate certificate) throws CertificateParsingException {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names == null) {
                return false;
            }
            return names.stream().anyMatch(name -> allowedSans.contains(String.valueOf(name.get(1))));
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("a server does not check server certificates");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return issuers.clone();
        }
    }

    private static KeyStore keyStore(WebConfig.Tls tls) {
        List<X509Certificate> chain = PemKeys.certificates(tls.certificatePem());
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the certificate holds no CERTIFICATE block");
        }
        PrivateKey key = PemKeys.privateKey(tls.keyPem());
        if (!matches(key, chain.get(0))) {
            throw new IllegalArgumentException("the private key does not belong to the certificate");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", key, STORE_PASSWORD, chain.toArray(X509Certificate[]::new));
            return store;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalArgumentException("the key and certificate cannot be stored together ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static KeyStore trustStore(String pem) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int i = 0;
            for (X509Certificate ca : PemKeys.certificates(pem)) {
                store.setCertificateEntry("ca" + i++, ca);
            }
            return store;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalArgumentException("the client CA cannot be used (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static X509Certificate[] acceptedIssuers(KeyStore store) throws GeneralSecurityException {
        List<X509Certificate> issuers = new ArrayList<>();
        for (String alias : java.util.Collections.list(store.aliases())) {
            issuers.add((X509Certificate) store.getCertificate(alias));
        }
        return issuers.toArray(X509Certificate[]::new);
    }

    /** Signs a random challenge with the key and checks it with the certificate's public key. */
    private static boolean matches(PrivateKey key, X509Certificate certificate) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> key.getAlgorithm();
        };
        try {
            byte[] challenge = new byte[32];
            new SecureRandom().nextBytes(challenge);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}

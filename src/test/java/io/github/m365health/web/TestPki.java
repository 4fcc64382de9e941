package io.github.m365health.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.net.Socket;
import java.security.Principal;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away certificate authority with a server certificate for 127.0.0.1 and a client
 * certificate it signed, plus a self-signed client certificate it did not sign; made with the
 * JDK's keytool, so nothing secret is committed. Files are PEM, as the web config takes them.
 */
public record TestPki(Path dir, Path caPem, Path serverCertPem, Path serverKeyPem, Path clientCertPem, Path clientKeyPem,
                      Path renewedCertPem, Path renewedKeyPem,
                      KeyStore trusted, KeyStore clientIdentity, KeyStore strangerIdentity) {

    private static final String PASSWORD = "changeit";

    public static TestPki create(Path dir) throws IOException, InterruptedException, GeneralSecurityException {
        keytool(dir, "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-dname", "CN=m365 test CA", "-validity", "2",
                "-ext", "bc:c", "-keystore", "ca.p12");
        keytool(dir, "-exportcert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-file", "ca.pem");
        Identity server = signed(dir, "server", "CN=127.0.0.1", "san=ip:127.0.0.1,dns:localhost");
        Identity client = signed(dir, "client", "CN=scraper", "san=dns:prometheus.example");
        Identity renewed = signed(dir, "renewed", "CN=renewed server", "san=ip:127.0.0.1,dns:localhost");
        keytool(dir, "-genkeypair", "-alias", "stranger", "-keyalg", "EC", "-dname", "CN=stranger", "-validity", "2",
                "-keystore", "stranger.p12");
        X509Certificate ca = certificates(Files.readString(dir.resolve("ca.pem"))).get(0);

        Path serverCert = dir.resolve("server.crt");
        Files.writeString(serverCert, Files.readString(dir.resolve("server-signed.pem")));
        Path serverKey = writeKey(dir.resolve("server.key"), server.key);
        Path clientCert = dir.resolve("client.crt");
        Files.writeString(clientCert, Files.readString(dir.resolve("client-signed.pem")));
        Path clientKey = writeKey(dir.resolve("client.key"), client.key);
        Path renewedCert = dir.resolve("renewed.crt");
        Files.writeString(renewedCert, Files.readString(dir.resolve("renewed-signed.pem")));
        Path renewedKey = writeKey(dir.resolve("renewed.key"), renewed.key);

        KeyStore trusted = emptyStore();
        trusted.setCertificateEntry("ca", ca);
        KeyStore clientIdentity = emptyStore();
        clientIdentity.setKeyEntry("client", client.key, PASSWORD.toCharArray(), new X509Certificate[] {client.certificate, ca});
        return new TestPki(dir, dir.resolve("ca.pem"), serverCert, serverKey, clientCert, clientKey, renewedCert, renewedKey, trusted, clientIdentity,
                load(dir.resolve("stranger.p12")));
    }

    /** A client that trusts the test CA and presents {@code identity} (or nothing when null). */
    public SSLContext clientContext(KeyStore identity) throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        if (identity == null) {
            context.init(null, trust.getTrustManagers(), null);
        } else {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(identity, PASSWORD.toCharArray());
            X509ExtendedKeyManager chosen = new Insistent((X509ExtendedKeyManager) keys.getKeyManagers()[0],
                    identity.aliases().nextElement());
            context.init(new KeyManager[] {chosen}, trust.getTrustManagers(), null);
        }
        return context;
    }

    private record Identity(PrivateKey key, X509Certificate certificate) {
    }

    private static Path writeKey(Path file, PrivateKey key) throws IOException {
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        return file;
    }

    /**
     * Presents its one certificate whatever issuers the server names: the JDK's own key manager
     * would quietly send nothing when the issuer is not listed, and the test is about what the
     * server does with a certificate it did not ask for.
     */
    private static final class Insistent extends X509ExtendedKeyManager {
        private final X509ExtendedKeyManager keys;
        private final String alias;

        Insistent(X509ExtendedKeyManager keys, String alias) {
            this.keys = keys;
            this.alias = alias;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return alias;
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return alias;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[] {alias};
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return null;
        }

        @Override
        public X509Certificate[] getCertificateChain(String name) {
            return keys.getCertificateChain(name);
        }

        @Override
        public PrivateKey getPrivateKey(String name) {
            return keys.getPrivateKey(name);
        }
    }

    private static Identity signed(Path dir, String name, String dname, String san)
            throws IOException, InterruptedException, GeneralSecurityException {
        keytool(dir, "-genkeypair", "-alias", name, "-keyalg", "EC", "-dname", dname, "-validity", "2",
                "-keystore", name + ".p12");
        keytool(dir, "-certreq", "-alias", name, "-keystore", name + ".p12", "-file", name + ".csr");
        keytool(dir, "-gencert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-infile", name + ".csr",
                "-outfile", name + "-signed.pem", "-validity", "2", "-ext", san);
        KeyStore store = load(dir.resolve(name + ".p12"));
        return new Identity((PrivateKey) store.getKey(name, PASSWORD.toCharArray()),
                certificates(Files.readString(dir.resolve(name + "-signed.pem"))).get(0));
    }

    private static List<X509Certificate> certificates(String pem) throws GeneralSecurityException {
        List<X509Certificate> out = new ArrayList<>();
        for (var certificate : CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.getBytes()))) {
            out.add((X509Certificate) certificate);
        }
        return out;
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static KeyStore emptyStore() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    private static void keytool(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        // Nine short keytool runs: a JVM that skips the optimizing compiler starts them faster.
        command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD, "-noprompt"));
        if (args[0].equals("-genkeypair")) {
            command.addAll(List.of("-keypass", PASSWORD));
        }
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
        }
    }
}

package io.github.m365health.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;

/** A fresh RSA key and self-signed certificate, made with the JDK's keytool so nothing secret is committed. */
record TestCertificates(PrivateKey privateKey, X509Certificate certificate) {

    private static final char[] PASSWORD = "changeit".toCharArray();

    static TestCertificates generate(Path directory) throws IOException, InterruptedException, GeneralSecurityException {
        Path keystore = directory.resolve("client.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "client",
                "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
                "-dname", "CN=m365-health-exporter test client", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD);
        }
        return new TestCertificates((PrivateKey) store.getKey("client", PASSWORD),
                (X509Certificate) store.getCertificate("client"));
    }
}

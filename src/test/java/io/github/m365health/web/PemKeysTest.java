package io.github.m365health.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key forms Go's tls.X509KeyPair takes, made by OpenSSL, read to the same key as their PKCS#8 form. */
class PemKeysTest {

    @TempDir
    Path dir;

    @Test
    void readsAnRsaKeyInPkcs1AsTheSameKeyAsInPkcs8() throws Exception {
        Path traditional = openssl("rsa.pem", "genrsa", "-traditional", "-out", "rsa.pem", "2048");
        assertSameKeyAsPkcs8(traditional, "RSA PRIVATE KEY", "RSA");
    }

    @Test
    void readsAnEcKeyInSec1AsTheSameKeyAsInPkcs8() throws Exception {
        Path sec1 = openssl("ec.pem", "ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "ec.pem");
        assertSameKeyAsPkcs8(sec1, "EC PRIVATE KEY", "EC");
    }

    @Test
    void refusesALegacyEncryptedKeyNamingWhy() throws Exception {
        Path plain = openssl("plain.pem", "genrsa", "-traditional", "-out", "plain.pem", "2048");
        Path encrypted = openssl("enc.pem", "rsa", "-traditional", "-in", plain.toString(), "-aes256",
                "-passout", "pass:secret", "-out", "enc.pem");
        String pem = Files.readString(encrypted);
        assertTrue(pem.contains("Proc-Type: 4,ENCRYPTED"), pem);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PemKeys.privateKey(pem));
        assertEquals("the private key is encrypted; the toolkit format takes unencrypted keys", e.getMessage());
    }

    private void assertSameKeyAsPkcs8(Path traditional, String blockType, String algorithm) throws Exception {
        assertTrue(Files.readString(traditional).contains("-----BEGIN " + blockType + "-----"));
        Path pkcs8 = openssl("pkcs8.pem", "pkcs8", "-topk8", "-nocrypt", "-in", traditional.toString(), "-out", "pkcs8.pem");
        assertTrue(Files.readString(pkcs8).contains("-----BEGIN PRIVATE KEY-----"));

        PrivateKey fromTraditional = PemKeys.privateKey(Files.readString(traditional));
        PrivateKey fromPkcs8 = PemKeys.privateKey(Files.readString(pkcs8));

        assertEquals(algorithm, fromTraditional.getAlgorithm());
        if (fromPkcs8 instanceof ECPrivateKey ec) {
            // SEC 1 keeps the curve inside the key as well, so the encodings differ; the key is the scalar.
            assertEquals(ec.getS(), ((ECPrivateKey) fromTraditional).getS());
            assertEquals(ec.getParams().getCurve(), ((ECPrivateKey) fromTraditional).getParams().getCurve());
        } else {
            assertArrayEquals(fromPkcs8.getEncoded(), fromTraditional.getEncoded());
        }
    }

    private Path openssl(String output, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), "openssl " + String.join(" ", args) + ": " + said);
        return dir.resolve(output);
    }
}

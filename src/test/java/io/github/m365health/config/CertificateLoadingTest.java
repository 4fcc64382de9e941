package io.github.m365health.config;

import static io.github.m365health.config.ConfigFiles.tenant;
import static io.github.m365health.config.ConfigFiles.tenants;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.m365health.config.Credential.AssertionAlgorithm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same key pair, shipped as PKCS#8 PEM, PKCS#1 PEM and PKCS#12, loads to the same credential. */
class CertificateLoadingTest {

    private static final String FIXTURE_SUBJECT = "CN=m365-health-exporter test fixture";

    @TempDir
    Path dir;

    private ConfigFiles files;

    @BeforeEach
    void writeFixtures() {
        files = new ConfigFiles(dir);
    }

    private Credential.Certificate load(String certificateYaml, Map<String, String> env) throws ConfigException {
        Path config = files.config(tenants(tenant("contoso", "certificate: " + certificateYaml)));
        return (Credential.Certificate) new ConfigLoader(env::get).load(config).tenants().get(0).credential();
    }

    private Credential.Certificate load(String certificateYaml) throws ConfigException {
        return load(certificateYaml, Map.of());
    }

    @Test
    void loadsAPkcs8KeyAndItsCertificateFromPem() throws Exception {
        Credential.Certificate credential = load("{file: rsa-pkcs8.pem}");

        assertEquals(FIXTURE_SUBJECT, credential.certificate().getSubjectX500Principal().getName());
        assertEquals("RSA", credential.privateKey().getAlgorithm());
        assertEquals(AssertionAlgorithm.RS256, credential.algorithm());
        assertKeySignsForCertificate(credential);
    }

    @Test
    void loadsAPkcs1KeyWrittenAfterItsCertificate() throws Exception {
        Credential.Certificate pkcs1 = load("{file: rsa-pkcs1.pem}");
        Credential.Certificate pkcs8 = load("{file: rsa-pkcs8.pem}");

        assertArrayEquals(pkcs8.privateKey().getEncoded(), pkcs1.privateKey().getEncoded());
        assertEquals(pkcs8.certificate(), pkcs1.certificate());
        assertKeySignsForCertificate(pkcs1);
    }

    @Test
    void opensPkcs12WithAPasswordFile() throws Exception {
        Credential.Certificate pkcs12 = load("{file: rsa.p12, password_file: p12.password}");
        Credential.Certificate pem = load("{file: rsa-pkcs8.pem}");

        assertArrayEquals(pem.privateKey().getEncoded(), pkcs12.privateKey().getEncoded());
        assertEquals(pem.certificate(), pkcs12.certificate());
        assertKeySignsForCertificate(pkcs12);
    }

    @Test
    void opensPkcs12WithAPasswordFromTheEnvironment() throws Exception {
        Credential.Certificate pkcs12 = load("{file: rsa.p12, password_env: P12_PASSWORD}",
                Map.of("P12_PASSWORD", ConfigFiles.P12_PASSWORD));

        assertEquals(FIXTURE_SUBJECT, pkcs12.certificate().getSubjectX500Principal().getName());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PS256", "ps256"})
    void signsWithPssWhenAsked(String written) throws ConfigException {
        assertEquals(AssertionAlgorithm.PS256, load("{file: rsa-pkcs8.pem, algorithm: " + written + "}").algorithm());
    }

    @Test
    void ignoresTextAroundThePemBlocks() throws Exception {
        files.write("commented.pem", "# the app's certificate, uploaded 2026-01-02\nBag Attributes: none\n"
                + java.nio.file.Files.readString(dir.resolve("rsa-pkcs8.pem")).replace("\n", "\r\n"));

        assertKeySignsForCertificate(load("{file: commented.pem}"));
    }

    private static void assertKeySignsForCertificate(Credential.Certificate credential) throws Exception {
        byte[] data = "client assertion".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(credential.privateKey());
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(credential.certificate().getPublicKey());
        verifier.update(data);
        assertTrue(verifier.verify(signature), "the private key belongs to the certificate");
    }
}

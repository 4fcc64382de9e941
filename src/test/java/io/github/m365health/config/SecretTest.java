package io.github.m365health.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateCrtKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretTest {

    private static final String VALUE = "Zq8~do-not-print-me";

    @Test
    void revealsItsValueOnlyWhenAsked() {
        Secret secret = new Secret(VALUE);

        assertEquals(VALUE, secret.reveal());
        assertEquals("Secret[redacted]", secret.toString());
    }

    @Test
    void staysHiddenInsideRecordsThatHoldIt(@TempDir Path dir) throws ConfigException {
        Credential credential = new Credential.ClientSecret(new Secret(VALUE));
        TenantConfig tenant = new ConfigLoader(name -> null).load(new ConfigFiles(dir).config(ConfigFiles.tenants(
                ConfigFiles.tenant("contoso", "client_secret_file: secret.txt")))).tenants().get(0);

        assertFalse(credential.toString().contains(VALUE), credential.toString());
        assertFalse(tenant.toString().contains(ConfigFiles.SECRET_VALUE), tenant.toString());
        assertTrue(tenant.toString().contains("Secret[redacted]"), tenant.toString());
    }

    @Test
    void comparesByValueWithoutShowingIt() {
        assertEquals(new Secret(VALUE), new Secret(VALUE));
        assertNotEquals(new Secret(VALUE), new Secret(VALUE + "x"));
    }

    @Test
    void aCertificateCredentialPrintsAsOneLineWithoutItsKey(@TempDir Path dir) throws ConfigException {
        Credential.Certificate credential = (Credential.Certificate) new ConfigLoader(name -> null)
                .load(new ConfigFiles(dir).config(ConfigFiles.tenants(ConfigFiles.tenant("contoso",
                        "certificate: {file: rsa-pkcs8.pem}")))).tenants().get(0).credential();
        BigInteger privateExponent = ((RSAPrivateCrtKey) credential.privateKey()).getPrivateExponent();

        String text = credential.toString();

        assertEquals("Certificate[subject=CN=m365-health-exporter test fixture, notAfter="
                + credential.certificate().getNotAfter().toInstant() + ", algorithm=RS256, privateKey=redacted]", text);
        assertFalse(text.contains(privateExponent.toString()));
        assertFalse(text.contains(privateExponent.toString(16)));
    }
}

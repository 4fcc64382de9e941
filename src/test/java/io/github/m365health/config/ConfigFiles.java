package io.github.m365health.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes configuration files and the secrets and certificates they name into a test directory. */
final class ConfigFiles {

    static final String SECRET_VALUE = "Zq8~example-client-secret-value-0123456789";
    static final String P12_PASSWORD = "fixture-password";
    static final String TENANT_ID = "00000000-0000-0000-0000-000000000000";
    static final String CLIENT_ID = "11111111-1111-1111-1111-111111111111";

    private final Path dir;

    ConfigFiles(Path dir) {
        this.dir = dir;
        write("secret.txt", SECRET_VALUE + "\n");
        write("empty.txt", "\n");
        write("p12.password", P12_PASSWORD + "\n");
        write("wrong.password", "not-the-password\n");
        write("token", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQifQ.c2ln");
        write("garbage.pem", "hello, I am not a certificate\n");
        for (String name : new String[] {"rsa-pkcs8.pem", "rsa-pkcs1.pem", "rsa.p12", "encrypted-key.pem", "ec.pem",
                "cert-only.pem", "key-pkcs8.pem", "mismatched.pem"}) {
            copyResource("/certs/" + name, dir.resolve(name));
        }
    }

    Path dir() {
        return dir;
    }

    Path config(String yaml) {
        return write("config.yml", yaml);
    }

    Path write(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tenant entry whose credential and other keys are given as indented YAML lines. */
    static String tenant(String name, String... lines) {
        StringBuilder yaml = new StringBuilder("  - name: " + name + "\n"
                + "    tenant_id: " + TENANT_ID + "\n"
                + "    client_id: " + CLIENT_ID + "\n");
        for (String line : lines) {
            yaml.append("    ").append(line).append('\n');
        }
        return yaml.toString();
    }

    static String tenants(String... tenants) {
        return "tenants:\n" + String.join("", tenants);
    }

    static void copyResource(String resource, Path target) {
        try (InputStream in = ConfigFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.m365health.config;

import io.github.m365health.config.Credential.AssertionAlgorithm;
import io.github.m365health.config.RawConfig.RawCertificate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The {@code certificate:} credential: file, optional PKCS#12 password, signing algorithm. */
final class CertificateCredentials {

    private final Secrets secrets;
    private final ConfigPaths paths;

    CertificateCredentials(Secrets secrets, ConfigPaths paths) {
        this.secrets = secrets;
        this.paths = paths;
    }

    Credential.Certificate load(String key, RawCertificate raw) throws ConfigException {
        if (raw.file() == null || raw.file().isBlank()) {
            throw new ConfigException(key + ".file", "required: a PEM file with the private key and certificate,"
                    + " or a PKCS#12 (.p12/.pfx) file");
        }
        AssertionAlgorithm algorithm = algorithm(key + ".algorithm", raw.algorithm());
        if (raw.passwordFile() != null && raw.passwordEnv() != null) {
            throw new ConfigException(key, "password_file and password_env are both set; give one");
        }
        String fileKey = key + ".file";
        Path file = paths.resolve(fileKey, raw.file());
        byte[] bytes = bytes(fileKey, file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String passwordKey = key + (raw.passwordFile() != null ? ".password_file" : ".password_env");
        try {
            if (Pem.looksLikePem(text)) {
                Credential.Certificate certificate = CertificateReader.fromPem(text, algorithm);
                if (raw.passwordFile() != null || raw.passwordEnv() != null) {
                    throw new ConfigException(passwordKey, "a PEM file takes no password; only PKCS#12 (.p12/.pfx) files do");
                }
                return certificate;
            }
            if (!CertificateReader.looksLikePkcs12(file, bytes)) {
                throw new IllegalArgumentException("is neither PEM (key and certificate) nor PKCS#12 (.p12/.pfx)");
            }
            char[] password = password(key, raw).reveal().toCharArray();
            try {
                return CertificateReader.fromPkcs12(bytes, password, algorithm);
            } catch (IllegalArgumentException e) {
                if (!e.getMessage().equals(CertificateReader.WRONG_PASSWORD)) {
                    throw e;
                }
                throw new ConfigException(passwordKey, "does not open " + file + " (wrong password)");
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigException(fileKey, file + ": " + e.getMessage());
        }
    }

    private Secret password(String key, RawCertificate raw) throws ConfigException {
        if (raw.passwordFile() != null) {
            String passwordKey = key + ".password_file";
            return secrets.fromFile(passwordKey, paths.resolve(passwordKey, raw.passwordFile()));
        }
        if (raw.passwordEnv() != null) {
            return secrets.fromEnvironment(key + ".password_env", raw.passwordEnv());
        }
        throw new ConfigException(key, "a PKCS#12 file needs password_file or password_env");
    }

    private static AssertionAlgorithm algorithm(String key, String text) throws ConfigException {
        if (text == null) {
            return AssertionAlgorithm.RS256;
        }
        try {
            return AssertionAlgorithm.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, "\"" + text + "\" must be RS256 or PS256");
        }
    }

    private static byte[] bytes(String key, Path file) throws ConfigException {
        String problem = FileProblems.of(file);
        if (problem != null) {
            throw new ConfigException(key, file + ": " + problem);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(key, file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}

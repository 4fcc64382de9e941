package io.github.m365health.config;

import io.github.m365health.config.RawConfig.RawTenant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Turns a tenant's one credential key into a loaded {@link Credential}. */
final class CredentialResolver {

    /** Set by Azure Workload Identity's webhook in every pod that uses it. */
    static final String FEDERATED_TOKEN_FILE_ENV = "AZURE_FEDERATED_TOKEN_FILE";

    private static final String KEYS = "client_secret_file, client_secret_env, certificate or federated_token_file";

    private final Function<String, String> environment;
    private final Secrets secrets;
    private final ConfigPaths paths;
    private final CertificateCredentials certificates;

    CredentialResolver(Function<String, String> environment, ConfigPaths paths) {
        this.environment = environment;
        this.secrets = new Secrets(environment);
        this.paths = paths;
        this.certificates = new CertificateCredentials(secrets, paths);
    }

    Credential resolve(String tenantPath, RawTenant raw) throws ConfigException {
        List<String> given = new ArrayList<>();
        addIfPresent(given, "client_secret_file", raw.clientSecretFile());
        addIfPresent(given, "client_secret_env", raw.clientSecretEnv());
        addIfPresent(given, "certificate", raw.certificate());
        addIfPresent(given, "federated_token_file", raw.federatedTokenFile());
        if (given.size() > 1) {
            String names = String.join(", ", given.subList(0, given.size() - 1)) + " and " + given.get(given.size() - 1);
            String quantifier = given.size() == 2 ? "both" : "all";
            throw new ConfigException(tenantPath, names + " are " + quantifier + " set; give exactly one credential");
        }
        if (given.isEmpty()) {
            return defaultCredential(tenantPath);
        }
        String key = tenantPath + "." + given.get(0);
        return switch (given.get(0)) {
            case "client_secret_file" ->
                    new Credential.ClientSecret(secrets.fromFile(key, paths.resolve(key, raw.clientSecretFile())));
            case "client_secret_env" -> new Credential.ClientSecret(secrets.fromEnvironment(key, raw.clientSecretEnv()));
            case "certificate" -> certificates.load(key, raw.certificate());
            default -> federated(key, paths.resolve(key, raw.federatedTokenFile()));
        };
    }

    private Credential defaultCredential(String tenantPath) throws ConfigException {
        String tokenFile = environment.apply(FEDERATED_TOKEN_FILE_ENV);
        if (tokenFile == null || tokenFile.isBlank()) {
            throw new ConfigException(tenantPath, "no credential; set one of " + KEYS);
        }
        return federated(tenantPath + " (" + FEDERATED_TOKEN_FILE_ENV + ")", Path.of(tokenFile.strip()));
    }

    /** The token itself is read at each renewal, since the kubelet rotates it; here only its presence counts. */
    private static Credential federated(String key, Path file) throws ConfigException {
        String problem = FileProblems.of(file);
        if (problem != null) {
            throw new ConfigException(key, file + ": " + problem);
        }
        return new Credential.FederatedToken(file);
    }

    private static void addIfPresent(List<String> given, String name, Object value) {
        if (value != null) {
            given.add(name);
        }
    }
}

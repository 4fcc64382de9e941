package io.github.m365health.config;

import static io.github.m365health.config.ConfigFiles.tenant;
import static io.github.m365health.config.ConfigFiles.tenants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every configuration mistake is reported as exactly one line: the key path, then the problem. */
class ConfigErrorsTest {

    private static final String SECRET_FILE = "client_secret_file: secret.txt";
    private static final String CONTOSO = tenant("contoso", SECRET_FILE);
    private static final String CUSTOM_URLS = "cloud: custom\n    authority_url: http://127.0.0.1:8089\n"
            + "    graph_url: http://127.0.0.1:8089";

    @TempDir
    Path dir;

    record Case(String name, String yaml, Map<String, String> env, String expected) {
        Case(String name, String yaml, String expected) {
            this(name, yaml, Map.of(), expected);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> mistakes() {
        return Stream.of(
                new Case("unknown top-level key", "bogus: 1\n" + tenants(CONTOSO), "bogus: unknown key"),
                new Case("unknown tenant key", tenants(tenant("contoso", SECRET_FILE, "bogus: x")),
                        "tenants[0].bogus: unknown key"),
                new Case("unknown nested key", tenants(CONTOSO) + "poll:\n  intervall: 60s\n",
                        "poll.intervall: unknown key"),
                new Case("inline secret", tenants(tenant("contoso", "client_secret: hunter2-inline")),
                        "tenants[0].client_secret: unknown key; secrets are read only from a file or an environment"
                                + " variable (client_secret_file, client_secret_env, certificate.password_file,"
                                + " certificate.password_env)"),
                new Case("tenants not a list", "tenants: contoso\n", "tenants: expected a list"),
                new Case("poll not a mapping", tenants(CONTOSO) + "poll: 60s\n",
                        "poll: expected a mapping of keys to values"),
                new Case("list where a value belongs", tenants(tenant("contoso", SECRET_FILE, "cloud: [global]")),
                        "tenants[0].cloud: expected a single value, not a list or mapping"),
                new Case("top level is a list", "- contoso\n",
                        "$DIR/config.yml: expected a mapping of settings (tenants, poll, state, metrics, reopen)"
                                + " at the top level"),
                new Case("yaml syntax error", "tenants:\n  - name: contoso\n    tenant_id: a: b\n",
                        "$DIR/config.yml: line 3: mapping values are not allowed here"),
                new Case("yaml indentation error", "tenants:\n  - name: contoso\n   tenant_id: x\n",
                        "$DIR/config.yml: line 3: expected <block end>, but found '<block mapping start>'"),
                new Case("tab for indentation", "tenants:\n\t- name: contoso\n",
                        "$DIR/config.yml: line 2: found character '\\t(TAB)' that cannot start any token."
                                + " (Do not use \\t(TAB) for indentation)"),
                new Case("duplicate key", tenants(CONTOSO) + "poll:\n  interval: 60s\n  interval: 90s\n",
                        "$DIR/config.yml: line 8: duplicate key \"interval\""),
                new Case("no tenants", "poll:\n  interval: 60s\n",
                        "tenants: no tenant configured; add at least one (or run with --demo)"),
                new Case("bad duration", tenants(CONTOSO) + "poll:\n  interval: 5 minutes\n",
                        "poll.interval: \"5 minutes\" is not a duration; use e.g. 90s, 5m, 1h30m, 7d"),
                new Case("duration without unit", tenants(CONTOSO) + "poll:\n  interval: 60\n",
                        "poll.interval: \"60\" has no unit; write 60s or use e.g. 90s, 5m, 1h30m, 7d"),
                new Case("interval below floor", tenants(CONTOSO) + "poll:\n  interval: 10s\n",
                        "poll.interval: 10s is below the 30s floor (Graph allows 800 requests/hour per tenant)"),
                new Case("messages interval below floor", tenants(CONTOSO) + "poll:\n  messages_interval: 29s\n",
                        "poll.messages_interval: 29s is below the 30s floor (Graph allows 800 requests/hour per tenant)"),
                new Case("custom cloud floor", tenants(tenant("sim", SECRET_FILE, CUSTOM_URLS))
                        + "poll:\n  interval: 500ms\n", "poll.interval: 500ms is below the 1s floor"),
                new Case("one real cloud keeps the Graph floor",
                        tenants(tenant("sim", SECRET_FILE, CUSTOM_URLS), CONTOSO) + "poll:\n  interval: 5s\n",
                        "poll.interval: 5s is below the 30s floor (Graph allows 800 requests/hour per tenant)"),
                new Case("unknown metrics.messages", tenants(CONTOSO) + "metrics:\n  messages: every\n",
                        "metrics.messages: 'every' is not one of actionable, all"),
                new Case("zero history retention", tenants(CONTOSO) + "state:\n  history_retention: 0s\n",
                        "state.history_retention: must be longer than 0s"),
                new Case("history shorter than series retention", tenants(CONTOSO)
                        + "state:\n  history_retention: 5d\n",
                        "state.history_retention: 5d is shorter than metrics.resolved_issue_retention (7d);"
                                + " ended issues would leave the store while their series are still shown"),
                new Case("history shorter than follow-up window", tenants(CONTOSO)
                        + "state:\n  history_retention: 10d\n",
                        "state.history_retention: 10d is shorter than reopen.follow_up_window (14d);"
                                + " a follow-up could no longer find the issue it reopens"),
                new Case("state directory missing", tenants(CONTOSO) + "state:\n  path: nope/x.db\n",
                        "state.path: $DIR/nope/x.db: directory $DIR/nope does not exist"),
                new Case("duplicate tenant name", tenants(CONTOSO, CONTOSO),
                        "tenants[1].name: \"contoso\" is already used by tenants[0]; names must be unique"),
                new Case("upper-case tenant name", tenants(CONTOSO, tenant("Contoso", SECRET_FILE)),
                        "tenants[1].name: \"Contoso\" must match [a-z0-9_-]+"),
                new Case("missing tenant name", "tenants:\n  - tenant_id: contoso.onmicrosoft.com\n",
                        "tenants[0].name: required"),
                new Case("empty tenant entry", "tenants:\n  -\n",
                        "tenants[0]: empty entry; expected name, tenant_id, client_id and a credential"),
                new Case("bad tenant id", tenants(tenant("contoso", "tenant_id: not a tenant", SECRET_FILE))
                        .replace("    tenant_id: " + ConfigFiles.TENANT_ID + "\n", ""),
                        "tenants[0].tenant_id: \"not a tenant\" must be a tenant GUID or a domain name such as"
                                + " contoso.onmicrosoft.com"),
                new Case("multi-tenant alias as tenant id", tenants(CONTOSO)
                        .replace(ConfigFiles.TENANT_ID, "common"),
                        "tenants[0].tenant_id: \"common\" names no single tenant; app-only tokens need the tenant's"
                                + " GUID or a domain such as contoso.onmicrosoft.com"),
                new Case("bad client id", tenants(CONTOSO).replace(ConfigFiles.CLIENT_ID, "my-app"),
                        "tenants[0].client_id: \"my-app\" must be a GUID (the app registration's Application"
                                + " (client) ID)"),
                new Case("two credentials", tenants(tenant("contoso", SECRET_FILE, "client_secret_env: CONTOSO")),
                        "tenants[0]: client_secret_file and client_secret_env are both set;"
                                + " give exactly one credential"),
                new Case("three credentials", tenants(tenant("contoso", SECRET_FILE, "client_secret_env: CONTOSO",
                        "federated_token_file: token")),
                        "tenants[0]: client_secret_file, client_secret_env and federated_token_file are all set;"
                                + " give exactly one credential"),
                new Case("no credential", tenants(tenant("contoso")),
                        "tenants[0]: no credential; set one of client_secret_file, client_secret_env, certificate"
                                + " or federated_token_file"),
                new Case("missing secret file", tenants(tenant("contoso", "client_secret_file: missing.txt")),
                        "tenants[0].client_secret_file: $DIR/missing.txt: no such file"),
                new Case("secret file is a directory", tenants(tenant("contoso", "client_secret_file: .")),
                        "tenants[0].client_secret_file: $DIR/.: is a directory, not a file"),
                new Case("empty secret file", tenants(tenant("contoso", "client_secret_file: empty.txt")),
                        "tenants[0].client_secret_file: $DIR/empty.txt: is empty"),
                new Case("unset secret variable", tenants(tenant("contoso", "client_secret_env: CONTOSO_SECRET")),
                        "tenants[0].client_secret_env: CONTOSO_SECRET: is not set"),
                new Case("empty secret variable", tenants(tenant("contoso", "client_secret_env: CONTOSO_SECRET")),
                        Map.of("CONTOSO_SECRET", ""), "tenants[0].client_secret_env: CONTOSO_SECRET: is empty"),
                new Case("secret pasted as variable name", tenants(tenant("contoso",
                        "client_secret_env: Zq8~pasted.secret")),
                        "tenants[0].client_secret_env: expects the name of an environment variable,"
                                + " such as CONTOSO_SECRET"),
                new Case("bad cloud", tenants(tenant("contoso", SECRET_FILE, "cloud: azure")),
                        "tenants[0].cloud: \"azure\" must be one of global, usgov, usgov_dod, china, custom"),
                new Case("custom cloud without authority", tenants(tenant("sim", SECRET_FILE, "cloud: custom")),
                        "tenants[0].authority_url: required with cloud: custom"),
                new Case("custom cloud without graph", tenants(tenant("sim", SECRET_FILE, "cloud: custom",
                        "authority_url: http://127.0.0.1:8089")),
                        "tenants[0].graph_url: required with cloud: custom"),
                new Case("plain http to a remote host", tenants(tenant("sim", SECRET_FILE, "cloud: custom",
                        "authority_url: https://login.example.com", "graph_url: http://graph.example.com")),
                        "tenants[0].graph_url: \"http://graph.example.com\" uses plain http, allowed only for loopback"
                                + " hosts (127.0.0.0/8, ::1, localhost); use https"),
                new Case("url with a path", tenants(tenant("sim", SECRET_FILE, "cloud: custom",
                        "authority_url: https://login.example.com", "graph_url: https://graph.example.com/v1.0")),
                        "tenants[0].graph_url: \"https://graph.example.com/v1.0\" must be an origin,"
                                + " scheme://host[:port], with no path, query or fragment"),
                new Case("url with user information", tenants(tenant("sim", SECRET_FILE, "cloud: custom",
                        "authority_url: https://user:pa55@login.example.com")),
                        "tenants[0].authority_url: must not contain user information (user:password@)"),
                new Case("url that is no url", tenants(tenant("sim", SECRET_FILE, "cloud: custom",
                        "authority_url: login.example.com")),
                        "tenants[0].authority_url: \"login.example.com\" must be an https:// URL such as"
                                + " https://graph.example.com"),
                new Case("authority on the global cloud", tenants(tenant("contoso", SECRET_FILE,
                        "authority_url: https://login.example.com")),
                        "tenants[0].authority_url: only for cloud: custom; cloud global always uses"
                                + " https://login.microsoftonline.com"),
                new Case("graph url on usgov", tenants(tenant("contoso", SECRET_FILE, "cloud: usgov",
                        "graph_url: https://graph.example.com")),
                        "tenants[0].graph_url: only for cloud: custom; cloud usgov always uses"
                                + " https://graph.microsoft.us"),
                new Case("service both included and excluded", tenants(tenant("contoso", SECRET_FILE,
                        "services: {include: [Exchange Online], exclude: [Exchange Online]}")),
                        "tenants[0].services: \"Exchange Online\" is both included and excluded"),
                new Case("empty service name", tenants(tenant("contoso", SECRET_FILE,
                        "services: {include: [Exchange Online, '']}")),
                        "tenants[0].services.include[1]: must be a service's display name, such as Exchange Online"),
                new Case("certificate without file", tenants(tenant("contoso", "certificate: {algorithm: RS256}")),
                        "tenants[0].certificate.file: required: a PEM file with the private key and certificate,"
                                + " or a PKCS#12 (.p12/.pfx) file"),
                new Case("certificate file that is neither PEM nor PKCS#12", tenants(tenant("contoso",
                        "certificate: {file: garbage.pem}")),
                        "tenants[0].certificate.file: $DIR/garbage.pem: is neither PEM (key and certificate)"
                                + " nor PKCS#12 (.p12/.pfx)"),
                new Case("missing certificate file", tenants(tenant("contoso", "certificate: {file: nope.pem}")),
                        "tenants[0].certificate.file: $DIR/nope.pem: no such file"),
                new Case("encrypted PEM key", tenants(tenant("contoso", "certificate: {file: encrypted-key.pem}")),
                        "tenants[0].certificate.file: $DIR/encrypted-key.pem: the private key is encrypted, which PEM"
                                + " files here cannot be; remove the passphrase (openssl pkey -in key.pem -out"
                                + " plain.pem) or use a PKCS#12 file with password_file or password_env"),
                new Case("EC key", tenants(tenant("contoso", "certificate: {file: ec.pem}")),
                        "tenants[0].certificate.file: $DIR/ec.pem: the private key is not an RSA key; only RSA keys"
                                + " can sign client assertions here"),
                new Case("PEM without key", tenants(tenant("contoso", "certificate: {file: cert-only.pem}")),
                        "tenants[0].certificate.file: $DIR/cert-only.pem: no private key found (expected a PRIVATE KEY"
                                + " or RSA PRIVATE KEY block)"),
                new Case("PEM without certificate", tenants(tenant("contoso", "certificate: {file: key-pkcs8.pem}")),
                        "tenants[0].certificate.file: $DIR/key-pkcs8.pem: no certificate found (expected a"
                                + " CERTIFICATE block)"),
                new Case("key and certificate of different pairs", tenants(tenant("contoso",
                        "certificate: {file: mismatched.pem}")),
                        "tenants[0].certificate.file: $DIR/mismatched.pem: the certificate does not match the"
                                + " private key"),
                new Case("unknown signing algorithm", tenants(tenant("contoso",
                        "certificate: {file: rsa-pkcs8.pem, algorithm: HS256}")),
                        "tenants[0].certificate.algorithm: \"HS256\" must be RS256 or PS256"),
                new Case("password for a PEM file", tenants(tenant("contoso",
                        "certificate: {file: rsa-pkcs8.pem, password_file: p12.password}")),
                        "tenants[0].certificate.password_file: a PEM file takes no password; only PKCS#12"
                                + " (.p12/.pfx) files do"),
                new Case("PKCS#12 without password", tenants(tenant("contoso", "certificate: {file: rsa.p12}")),
                        "tenants[0].certificate: a PKCS#12 file needs password_file or password_env"),
                new Case("wrong PKCS#12 password", tenants(tenant("contoso",
                        "certificate: {file: rsa.p12, password_file: wrong.password}")),
                        "tenants[0].certificate.password_file: does not open $DIR/rsa.p12 (wrong password)"),
                new Case("two PKCS#12 passwords", tenants(tenant("contoso",
                        "certificate: {file: rsa.p12, password_file: p12.password, password_env: P12_PASSWORD}")),
                        "tenants[0].certificate: password_file and password_env are both set; give one"),
                new Case("missing federated token file", tenants(tenant("contoso", "federated_token_file: nope")),
                        "tenants[0].federated_token_file: $DIR/nope: no such file"),
                new Case("federated token file from the environment is missing", tenants(tenant("contoso")),
                        Map.of("AZURE_FEDERATED_TOKEN_FILE", "/var/run/secrets/none/token"),
                        "tenants[0] (AZURE_FEDERATED_TOKEN_FILE): /var/run/secrets/none/token: no such file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void reportsEachMistakeAsOneLineNamingTheKey(Case mistake) {
        ConfigFiles files = new ConfigFiles(dir);
        Path config = files.config(mistake.yaml());

        ConfigException e = assertThrows(ConfigException.class,
                () -> new ConfigLoader(mistake.env()::get).load(config));

        assertEquals(mistake.expected().replace("$DIR", dir.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void namesTheMissingConfigurationFileItself() {
        Path missing = dir.resolve("nope.yml");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(name -> null).load(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void neverQuotesASecretWrittenIntoTheFile() {
        Path config = new ConfigFiles(dir).config(tenants(tenant("contoso", "client_secret: hunter2-inline")));
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(name -> null).load(config));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }
}

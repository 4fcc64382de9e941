package io.github.m365health.config;

import static io.github.m365health.config.ConfigFiles.tenant;
import static io.github.m365health.config.ConfigFiles.tenants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code translation:} block of DESIGN §4: defaults per provider, keys as secrets, one-line errors. */
class TranslationConfigTest {

    private static final String CONTOSO = tenants(tenant("contoso", "client_secret_file: secret.txt"));

    @TempDir
    Path dir;

    private ExporterConfig load(String translation, Map<String, String> env) throws ConfigException {
        ConfigFiles files = new ConfigFiles(dir);
        files.write("translator.key", "azure-key-value\n");
        files.write("deepl-free.key", "0000-deepl:fx\n");
        return new ConfigLoader(env::get).load(files.config(CONTOSO + translation));
    }

    @Test
    void isOffWhenTheBlockIsAbsent() throws Exception {
        assertEquals(Optional.empty(), load("", Map.of()).translation());
    }

    @Test
    void readsAzureWithRegionKeyFileAndBudget() throws Exception {
        TranslationConfig azure = load("""
                translation:
                  provider: azure
                  to: ja
                  region: japaneast
                  key_file: translator.key
                  monthly_character_budget: 2000000
                """, Map.of()).translation().orElseThrow();

        assertEquals(TranslationConfig.Provider.AZURE, azure.provider());
        assertEquals("ja", azure.to());
        assertEquals(URI.create("https://api.cognitive.microsofttranslator.com"), azure.endpoint());
        assertEquals(Optional.of("japaneast"), azure.region());
        assertEquals("azure-key-value", azure.key().orElseThrow().reveal());
        assertEquals(OptionalLong.of(2_000_000), azure.monthlyCharacterBudget());
        assertFalse(azure.toString().contains("azure-key-value"), "the key never shows");
        assertTrue(ConfigSummary.of(load("translation:\n  provider: azure\n  to: ja\n  key_file: translator.key\n"
                + "  monthly_character_budget: 2000000\n", Map.of())).endsWith("; translation azure to ja via"
                + " https://api.cognitive.microsofttranslator.com with key, budget 2000000 characters a month"));
    }

    @Test
    void sendsADeepLFreeKeyToTheFreeHostAndAProKeyToThePaidOne() throws Exception {
        TranslationConfig free = load("translation:\n  provider: deepl\n  to: ja\n  key_file: deepl-free.key\n", Map.of())
                .translation().orElseThrow();
        TranslationConfig pro = load("translation:\n  provider: deepl\n  to: ja\n  key_env: DEEPL_KEY\n",
                Map.of("DEEPL_KEY", "1111-pro")).translation().orElseThrow();

        assertEquals(URI.create("https://api-free.deepl.com"), free.endpoint());
        assertEquals(URI.create("https://api.deepl.com"), pro.endpoint());
    }

    @Test
    void letsALoopbackLibreTranslateRunWithoutKey() throws Exception {
        TranslationConfig libre = load("translation:\n  provider: libretranslate\n  to: de\n"
                + "  endpoint: http://127.0.0.1:5000/\n", Map.of()).translation().orElseThrow();

        assertEquals(URI.create("http://127.0.0.1:5000"), libre.endpoint());
        assertEquals(Optional.empty(), libre.key());
    }

    record Case(String name, String yaml, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> mistakes() {
        return Stream.of(
                new Case("unknown provider", "translation:\n  provider: google\n  to: ja\n",
                        "translation.provider: \"google\" is not one of azure, deepl, libretranslate"),
                new Case("missing key file", "translation:\n  provider: azure\n  to: ja\n  key_file: nowhere.key\n",
                        "translation.key_file: $DIR/nowhere.key: no such file"),
                new Case("no key for azure", "translation:\n  provider: azure\n  to: ja\n",
                        "translation: provider azure needs a key; set key_file or key_env"),
                new Case("two keys", "translation:\n  provider: azure\n  to: ja\n  key_file: translator.key\n"
                        + "  key_env: KEY\n", "translation: key_file and key_env are both set; give exactly one"),
                new Case("unknown key", "translation:\n  provider: azure\n  to: ja\n  key: abc\n",
                        "translation.key: unknown key"),
                new Case("missing language", "translation:\n  provider: azure\n  key_file: translator.key\n",
                        "translation.to: is required"),
                new Case("not a language", "translation:\n  provider: azure\n  to: Japanese!\n  key_file: translator.key\n",
                        "translation.to: \"Japanese!\" is not a language tag such as ja, de or zh-Hans"),
                new Case("plain http beyond loopback", "translation:\n  provider: libretranslate\n  to: ja\n"
                        + "  endpoint: http://translate.example.com\n",
                        "translation.endpoint: \"http://translate.example.com\" uses plain http, allowed only for"
                                + " loopback hosts (127.0.0.0/8, ::1, localhost); use https, the key travels with every request"),
                new Case("region for deepl", "translation:\n  provider: deepl\n  to: ja\n  key_file: deepl-free.key\n"
                        + "  region: japaneast\n", "translation.region: applies to provider azure only"),
                new Case("budget not a number", "translation:\n  provider: azure\n  to: ja\n  key_file: translator.key\n"
                        + "  monthly_character_budget: lots\n",
                        "translation.monthly_character_budget: \"lots\" must be a whole number of characters above 0,"
                                + " such as 2000000"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void reportsEachMistakeAsOneLineNamingTheKey(Case mistake) {
        ConfigException e = assertThrows(ConfigException.class, () -> load(mistake.yaml(), Map.of()));

        assertEquals(mistake.expected().replace("$DIR", dir.toString()), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }
}

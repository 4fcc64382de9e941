package io.github.m365health.config;

import io.github.m365health.config.RawConfig.RawTranslation;
import io.github.m365health.config.TranslationConfig.Provider;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Checks the optional {@code translation:} block and reads its key. */
final class TranslationValidator {

    static final URI AZURE_GLOBAL = URI.create("https://api.cognitive.microsofttranslator.com");
    static final URI DEEPL_PRO = URI.create("https://api.deepl.com");
    /** DeepL gives keys of its free plan the suffix ":fx"; they work only on this host. */
    static final URI DEEPL_FREE = URI.create("https://api-free.deepl.com");
    static final URI LIBRETRANSLATE_PUBLIC = URI.create("https://libretranslate.com");

    /** BCP 47 as the providers take it: a language, then optional script or region subtags. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+");

    private final Secrets secrets;
    private final ConfigPaths paths;

    TranslationValidator(Function<String, String> environment, ConfigPaths paths) {
        this.secrets = new Secrets(environment);
        this.paths = paths;
    }

    Optional<TranslationConfig> validate(RawTranslation raw) throws ConfigException {
        if (raw == null) {
            return Optional.empty();
        }
        Provider provider = provider(raw.provider());
        String to = required("translation.to", raw.to());
        if (!LANGUAGE.matcher(to).matches()) {
            throw new ConfigException("translation.to", "\"" + to + "\" is not a language tag such as ja, de or zh-Hans");
        }
        Optional<Secret> key = key(raw, provider);
        URI endpoint = raw.endpoint() == null ? defaultEndpoint(provider, key) : endpoint(raw.endpoint());
        Optional<String> region = Optional.ofNullable(raw.region()).map(String::strip);
        if (region.isPresent() && provider != Provider.AZURE) {
            throw new ConfigException("translation.region", "applies to provider azure only");
        }
        if (region.isPresent() && !REGION.matcher(region.get()).matches()) {
            throw new ConfigException("translation.region", "\"" + region.get()
                    + "\" is not an Azure region name such as japaneast or westeurope");
        }
        return Optional.of(new TranslationConfig(provider, to, endpoint, region, key, budget(raw.monthlyCharacterBudget())));
    }

    private static Provider provider(String text) throws ConfigException {
        String name = required("translation.provider", text);
        for (Provider provider : Provider.values()) {
            if (provider.configName().equals(name.toLowerCase(Locale.ROOT))) {
                return provider;
            }
        }
        throw new ConfigException("translation.provider", "\"" + name + "\" is not one of "
                + Arrays.stream(Provider.values()).map(Provider::configName).collect(Collectors.joining(", ")));
    }

    private Optional<Secret> key(RawTranslation raw, Provider provider) throws ConfigException {
        if (raw.keyFile() != null && raw.keyEnv() != null) {
            throw new ConfigException("translation", "key_file and key_env are both set; give exactly one");
        }
        if (raw.keyFile() != null) {
            return Optional.of(secrets.fromFile("translation.key_file", paths.resolve("translation.key_file", raw.keyFile())));
        }
        if (raw.keyEnv() != null) {
            return Optional.of(secrets.fromEnvironment("translation.key_env", raw.keyEnv().strip()));
        }
        if (provider != Provider.LIBRETRANSLATE) {
            throw new ConfigException("translation", "provider " + provider.configName()
                    + " needs a key; set key_file or key_env");
        }
        return Optional.empty();
    }

    private static URI defaultEndpoint(Provider provider, Optional<Secret> key) {
        return switch (provider) {
            case AZURE -> AZURE_GLOBAL;
            case DEEPL -> key.map(Secret::reveal).filter(k -> k.endsWith(":fx")).isPresent() ? DEEPL_FREE : DEEPL_PRO;
            case LIBRETRANSLATE -> LIBRETRANSLATE_PUBLIC;
        };
    }

    /** A base URL; a path is allowed (Azure custom domains end in /translator/text/v3.0). */
    static URI endpoint(String text) throws ConfigException {
        String key = "translation.endpoint";
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new ConfigException(key, "\"" + text + "\" is not a URL");
        }
        if (uri.getRawUserInfo() != null) {
            // Not quoted: user information may hold a password.
            throw new ConfigException(key, "must not contain user information (user:password@)");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new ConfigException(key, "\"" + text + "\" must be an https:// URL");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new ConfigException(key, "\"" + text + "\" must have no query or fragment");
        }
        if (scheme.equals("http") && !Origins.isLoopback(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new ConfigException(key, "\"" + text + "\" uses plain http, allowed only for loopback hosts ("
                    + Origins.LOOPBACK_HOSTS + "); use https, the key travels with every request");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    private static OptionalLong budget(String text) throws ConfigException {
        if (text == null) {
            return OptionalLong.empty();
        }
        try {
            long value = Long.parseLong(text.strip().replace("_", ""));
            if (value > 0) {
                return OptionalLong.of(value);
            }
        } catch (NumberFormatException e) {
            // Reported below, with what was expected.
        }
        throw new ConfigException("translation.monthly_character_budget",
                "\"" + text + "\" must be a whole number of characters above 0, such as 2000000");
    }

    private static String required(String key, String value) throws ConfigException {
        if (value == null || value.isBlank()) {
            throw new ConfigException(key, "is required");
        }
        return value.strip();
    }
}

package io.github.m365health.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

/**
 * Reads the YAML file into {@link RawConfig}, turning Jackson's and SnakeYAML's multi-line
 * messages into the one-line {@code <key path>: <problem>} form. Jackson's own messages are never
 * passed on: they can quote the offending value, which might be a secret pasted in by mistake.
 */
final class ConfigFileReader {

    private static final Set<String> SECRET_LOOKING_KEYS = Set.of("client_secret", "secret", "password");

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    RawConfig read(Path file) throws ConfigException {
        JsonNode tree = parse(file, text(file));
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return RawConfig.EMPTY;
        }
        if (!tree.isObject()) {
            throw new ConfigException(file.toString(),
                    "expected a mapping of settings (tenants, poll, state, metrics, reopen) at the top level");
        }
        try {
            return mapper.treeToValue(tree, RawConfig.class);
        } catch (JsonMappingException e) {
            throw translate(file, e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file.toString(), "cannot be read as a configuration");
        }
    }

    private static String text(Path file) throws ConfigException {
        String problem = FileProblems.of(file);
        if (problem != null) {
            throw new ConfigException(file.toString(), problem);
        }
        try {
            return Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new ConfigException(file.toString(), "is not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private JsonNode parse(Path file, String text) throws ConfigException {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            YamlProblems.Problem problem = YamlProblems.describe(e);
            String where = problem.line() > 0 ? file + ": line " + problem.line() : file.toString();
            throw new ConfigException(where, problem.text());
        }
    }

    private static ConfigException translate(Path file, JsonMappingException e) {
        String path = keyPath(e);
        String keyPath = path.isEmpty() ? file.toString() : path;
        if (e instanceof UnrecognizedPropertyException unknown) {
            String hint = SECRET_LOOKING_KEYS.contains(unknown.getPropertyName())
                    ? "; secrets are read only from a file or an environment variable"
                    + " (client_secret_file, client_secret_env, certificate.password_file, certificate.password_env)"
                    : "";
            return new ConfigException(keyPath, "unknown key" + hint);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new ConfigException(keyPath, expected(mismatch.getTargetType()));
        }
        return new ConfigException(keyPath, "invalid value");
    }

    private static String expected(Class<?> target) {
        if (Collection.class.isAssignableFrom(target)) {
            return "expected a list";
        }
        if (target.isRecord()) {
            return "expected a mapping of keys to values";
        }
        return "expected a single value, not a list or mapping";
    }

    private static String keyPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

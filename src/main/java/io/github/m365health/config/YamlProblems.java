package io.github.m365health.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** One-line descriptions of YAML syntax errors, without SnakeYAML's quoted source excerpt. */
final class YamlProblems {

    /** @param line 1-based, or 0 when unknown */
    record Problem(int line, String text) {
    }

    /** Jackson's wording when STRICT_DUPLICATE_DETECTION finds a key given twice in one mapping. */
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'");

    private YamlProblems() {
    }

    static Problem describe(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // SnakeYAML's problem mark points at the offending character; Jackson's location may not.
            if (cause instanceof MarkedYAMLException marked && marked.getProblem() != null) {
                int line = marked.getProblemMark() == null ? 0 : marked.getProblemMark().getLine() + 1;
                return new Problem(line, oneLine(marked.getProblem()));
            }
        }
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        String original = e.getOriginalMessage();
        if (original == null) {
            return new Problem(line, "not valid YAML");
        }
        Matcher duplicate = DUPLICATE.matcher(original);
        return new Problem(line, duplicate.find() ? "duplicate key \"" + duplicate.group(1) + "\"" : oneLine(original));
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

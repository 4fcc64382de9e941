package io.github.m365health.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The shipped rule files, their promtool tests, the runbook and the examples of a checkout. */
public final class RulesDirectory {

    static final String RUNBOOK_URL =
            "https://github.com/m365-health-exporter/m365-health-exporter/blob/main/alert-rules/runbook.md";

    /** Every {@code for:} and {@code keep_firing_for:} line of a rule file (m365-alerts.yml keeps each on its own line). */
    private static final Pattern HOLD_DOWN_LINE = Pattern.compile("(?m)^( +)(for|keep_firing_for): .+$");

    private final Path root;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    RulesDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The checkout under test: Maven runs tests from the project directory and names it {@code basedir}. */
    public static RulesDirectory ofProject() {
        return new RulesDirectory(Path.of(System.getProperty("basedir", "")));
    }

    Path root() {
        return root;
    }

    public Path alertRules() {
        return root.resolve("alert-rules/m365-alerts.yml");
    }

    public Path recordingRules() {
        return root.resolve("alert-rules/m365-recording-rules.yml");
    }

    Path runbook() {
        return root.resolve("alert-rules/runbook.md");
    }

    Path prometheusExample() {
        return root.resolve("examples/prometheus.yml");
    }

    Path alertmanagerExample() {
        return root.resolve("examples/alertmanager.yml");
    }

    /** alert-rules/*.yml, the files Prometheus loads. */
    List<Path> ruleFiles() {
        return yamlFilesIn(root.resolve("alert-rules"));
    }

    /** alert-rules/tests/*.yml, the promtool unit test files. */
    List<Path> testFiles() {
        return yamlFilesIn(root.resolve("alert-rules/tests"));
    }

    JsonNode read(Path file) {
        try {
            return yaml.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    /** Every rule of every group of a rule file, in file order. */
    List<JsonNode> rules(Path ruleFile) {
        List<JsonNode> rules = new ArrayList<>();
        read(ruleFile).path("groups").forEach(group -> group.path("rules").forEach(rules::add));
        return rules;
    }

    List<JsonNode> alerts() {
        return rules(alertRules()).stream().filter(rule -> rule.has("alert")).toList();
    }

    List<JsonNode> recordings() {
        return rules(recordingRules()).stream().filter(rule -> rule.has("record")).toList();
    }

    List<PromtoolTestFile> unitTests() {
        return testFiles().stream().map(file -> PromtoolTestFile.parse(file, read(file))).toList();
    }

    /**
     * The rule file text with every hold-down ({@code for}, {@code keep_firing_for}) set to
     * {@code duration}: how a test copy of the alerts fires within seconds.
     */
    public static String withHoldDowns(String ruleFileText, String duration) {
        return HOLD_DOWN_LINE.matcher(ruleFileText).replaceAll("$1$2: " + Matcher.quoteReplacement(duration));
    }

    private static List<Path> yamlFilesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}

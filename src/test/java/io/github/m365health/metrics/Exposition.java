package io.github.m365health.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A strict reader of the Prometheus text format (0.0.4) for tests: it rejects anything it does
 * not understand, so text that reads back here is well-formed, and escaped values come back as
 * they were meant.
 */
public final class Exposition {

    public record Sample(String name, Map<String, String> labels, double value, boolean timestamped) {
        public String label(String name) {
            return labels.get(name);
        }
    }

    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, String> types = new LinkedHashMap<>();
    private final Map<String, String> help = new LinkedHashMap<>();

    private Exposition() {
    }

    public static Exposition parse(String text) {
        Exposition exposition = new Exposition();
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("exposition must end with a newline");
        }
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            exposition.readLine(line);
        }
        return exposition;
    }

    /** OpenMetrics text: the same sample syntax, closed by {@code # EOF}. */
    public static Exposition parseOpenMetrics(String text) {
        if (!text.endsWith("\n# EOF\n")) {
            throw new IllegalArgumentException("OpenMetrics exposition must end with # EOF");
        }
        return parse(text.substring(0, text.length() - "# EOF\n".length()));
    }

    public List<Sample> samples() {
        return samples;
    }

    public List<Sample> samples(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).collect(Collectors.toList());
    }

    /** Samples of {@code name} whose labels include every given pair. */
    public List<Sample> samples(String name, Map<String, String> having) {
        return samples(name).stream()
                .filter(s -> having.entrySet().stream().allMatch(e -> e.getValue().equals(s.labels().get(e.getKey()))))
                .collect(Collectors.toList());
    }

    /** The value of the one sample of {@code name} with these labels among others; fails if not exactly one. */
    public double value(String name, Map<String, String> having) {
        List<Sample> found = samples(name, having);
        if (found.size() != 1) {
            throw new AssertionError("expected one sample " + name + having + ", found " + found.size() + ": " + found);
        }
        return found.get(0).value();
    }

    public String type(String family) {
        return types.get(family);
    }

    public String help(String family) {
        return help.get(family);
    }

    public Map<String, String> types() {
        return types;
    }

    private void readLine(String line) {
        if (line.startsWith("# HELP ")) {
            String rest = line.substring(7);
            int space = rest.indexOf(' ');
            help.put(rest.substring(0, space), rest.substring(space + 1).replace("\\n", "\n").replace("\\\\", "\\"));
        } else if (line.startsWith("# TYPE ")) {
            String[] parts = line.substring(7).split(" ");
            if (parts.length != 2) {
                throw new IllegalArgumentException("bad TYPE line: " + line);
            }
            types.put(parts[0], parts[1]);
        } else if (line.startsWith("# UNIT ")) {
            return;
        } else if (line.startsWith("#")) {
            throw new IllegalArgumentException("unexpected comment: " + line);
        } else {
            samples.add(readSample(line));
        }
    }

    private static Sample readSample(String line) {
        int i = 0;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_' || line.charAt(i) == ':')) {
            i++;
        }
        String name = line.substring(0, i);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("no metric name: " + line);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < line.length() && line.charAt(i) == '{') {
            i = readLabels(line, i + 1, labels);
        }
        if (i >= line.length() || line.charAt(i) != ' ') {
            throw new IllegalArgumentException("expected a space before the value: " + line);
        }
        String[] rest = line.substring(i + 1).split(" ");
        if (rest.length > 2) {
            throw new IllegalArgumentException("trailing text: " + line);
        }
        return new Sample(name, labels, parseValue(rest[0]), rest.length == 2);
    }

    private static int readLabels(String line, int i, Map<String, String> labels) {
        while (line.charAt(i) != '}') {
            int eq = line.indexOf("=\"", i);
            String labelName = line.substring(i, eq);
            if (!labelName.matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
                throw new IllegalArgumentException("bad label name '" + labelName + "' in: " + line);
            }
            StringBuilder value = new StringBuilder();
            i = eq + 2;
            while (line.charAt(i) != '"') {
                char c = line.charAt(i);
                if (c == '\\') {
                    char escaped = line.charAt(i + 1);
                    switch (escaped) {
                        case '\\' -> value.append('\\');
                        case '"' -> value.append('"');
                        case 'n' -> value.append('\n');
                        default -> throw new IllegalArgumentException("bad escape \\" + escaped + " in: " + line);
                    }
                    i += 2;
                } else {
                    value.append(c);
                    i++;
                }
            }
            if (labels.put(labelName, value.toString()) != null) {
                throw new IllegalArgumentException("duplicate label " + labelName + " in: " + line);
            }
            i++;
            if (line.charAt(i) == ',') {
                i++;
            }
        }
        return i + 1;
    }

    private static double parseValue(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(Objects.requireNonNull(text));
        };
    }
}

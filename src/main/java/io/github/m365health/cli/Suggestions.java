package io.github.m365health.cli;

/** "Did you mean" for a mistyped flag: {@code --config-file}, {@code --log.levle}. */
final class Suggestions {

    private static final int MAX_EDITS = 2;

    private Suggestions() {
    }

    /** @return {@code "; did you mean --x?"}, or an empty string when nothing is close */
    static String closest(String name) {
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (FlagSpec spec : FlagSpec.ALL) {
            int distance = distance(name, spec.name());
            if (distance < bestDistance) {
                best = spec.name();
                bestDistance = distance;
            }
        }
        return best == null ? "" : "; did you mean --" + best + "?";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

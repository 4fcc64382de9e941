package io.github.m365health.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The level-2 sections of runbook.md and the anchors GitHub gives them. */
record Runbook(List<String> sectionTitles) {

    static Runbook read(Path file) {
        try {
            return new Runbook(Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith("## "))
                    .map(line -> line.substring(3).strip())
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    List<String> anchors() {
        return sectionTitles.stream().map(Runbook::anchor).toList();
    }

    /**
     * GitHub's heading slug: lower case, punctuation other than '-' and '_' dropped, spaces turned
     * into '-'. Headings in this runbook are alert names, whose slug is the name in lower case.
     */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }
}

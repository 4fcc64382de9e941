package io.github.m365health.bench;

import io.github.m365health.demo.DemoMessage;
import io.github.m365health.demo.DemoOptions;
import io.github.m365health.demo.DemoScenario;
import io.github.m365health.demo.DemoWorld;
import io.github.m365health.health.Issue;
import io.github.m365health.translate.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints what translation costs in characters, the unit providers bill: every distinct text the
 * demo's stream produces in one hour at speed 1 (each text is sent once), and the English of the
 * seed page's final post of EX1215307 as sent (an HTML fragment). Argument: the seed file, when
 * it is not at shared/seeds/shd-mc-checker-EX1215307.txt.
 */
public final class TranslationCharacters {

    private TranslationCharacters() {
    }

    public static void main(String[] args) throws Exception {
        Instant first = Instant.parse("2026-04-03T12:00:00Z");
        DemoScenario scenario = new DemoScenario(DemoOptions.defaults());
        Map<String, Long> titles = new LinkedHashMap<>();
        Map<String, Long> posts = new LinkedHashMap<>();
        Map<String, Long> messages = new LinkedHashMap<>();
        java.util.Set<String> issueIds = new java.util.TreeSet<>();
        for (long s = 0; s <= Duration.ofHours(1).toSeconds(); s += 2) {
            DemoWorld world = scenario.worldAt(first, first.plusSeconds(s));
            for (Issue issue : world.issues()) {
                issueIds.add(issue.id());
                count(titles, SourceText.title(issue.title()));
                issue.posts().forEach(p -> count(posts, SourceText.body(p.content())));
            }
            for (DemoMessage message : world.messages()) {
                count(messages, SourceText.title(message.title()));
                count(messages, SourceText.body(message.body()));
            }
        }
        long titleChars = sum(titles);
        long postChars = sum(posts);
        long messageChars = sum(messages);
        System.out.printf("demo stream, 1 h at speed 1: %d issues, %d distinct titles (%d chars), %d distinct posts"
                        + " (%d chars, mean %d), %d distinct message titles and bodies (%d chars)%n",
                issueIds.size(), titles.size(), titleChars, posts.size(), postChars,
                posts.isEmpty() ? 0 : postChars / posts.size(), messages.size(), messageChars);
        System.out.printf("demo stream: %d characters per issue (title and posts)%n",
                (titleChars + postChars) / Math.max(1, issueIds.size()));

        Path seed = Path.of(args.length > 0 ? args[0] : "../../shared/seeds/shd-mc-checker-EX1215307.txt");
        if (Files.isReadable(seed)) {
            String page = Files.readString(seed, StandardCharsets.UTF_8);
            int from = page.indexOf("Latest Message ");
            int to = page.indexOf("Machine Translation");
            if (from >= 0 && to > from) {
                String post = page.substring(from + "Latest Message ".length(), to).strip();
                String title = "Some users may have been unable to access their mailboxes using Internet Mailbox Access"
                        + " Protocol 4 (IMAP4)";
                System.out.printf("seed EX1215307: final post %d chars as sent, title %d chars%n",
                        chars(SourceText.body(post)), chars(SourceText.title(title)));
            }
        } else {
            System.out.println("seed file not found at " + seed + "; pass its path as the first argument");
        }
    }

    private static void count(Map<String, Long> texts, SourceText text) {
        if (!text.isBlank()) {
            texts.putIfAbsent(text.sha256(), chars(text));
        }
    }

    private static long chars(SourceText text) {
        return text.fragment().codePointCount(0, text.fragment().length());
    }

    private static long sum(Map<String, Long> texts) {
        return texts.values().stream().mapToLong(Long::longValue).sum();
    }
}

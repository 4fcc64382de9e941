package io.github.m365health.bench;

import io.github.m365health.health.IssuePost;
import io.github.m365health.health.PostSections;
import io.github.m365health.health.PromisedUpdate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to split one post into its sections: the seed's final EX1215307 post as text, and the
 * same post glued into one HTML paragraph as Graph sends many; and to read a promise from the
 * latest post, which every stored poll does for each changed open issue. Run with
 * {@code bench/run-post-sections-benchmark.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PostSectionsBenchmark {

    private String text;
    private String html;
    private List<IssuePost> posts;

    @Setup
    public void load() throws IOException {
        try (InputStream in = PostSectionsBenchmark.class.getResourceAsStream("/posts/EX1215307-final.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        html = "<div><p>" + text.replace("\n\n", "</p><p>") + "</p></div>";
        posts = List.of(new IssuePost(Instant.parse("2026-01-08T05:45:28Z"), "regular",
                text.replace("Final status", "Current status") + "\nNext update by: Thursday, January 8, 2026, at 12:30 PM UTC"));
    }

    @Benchmark
    public PostSections splitText() {
        return PostSections.of(text);
    }

    @Benchmark
    public PostSections splitHtml() {
        return PostSections.of(html);
    }

    @Benchmark
    public PromisedUpdate readPromise() {
        return PromisedUpdate.ofLatest(posts);
    }
}

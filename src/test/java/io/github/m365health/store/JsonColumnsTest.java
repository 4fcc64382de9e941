package io.github.m365health.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.m365health.health.IssuePost;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonColumnsTest {

    private final JsonColumns columns = new JsonColumns();
    private final ObjectMapper tree = new ObjectMapper();

    @Test
    void postsAndStringsReadBackExactlyAsWritten() {
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            List<IssuePost> posts = new ArrayList<>();
            List<String> strings = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                posts.add(new IssuePost(Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000_000)),
                        text(random), text(random)));
                strings.add(text(random));
            }
            assertEquals(posts, columns.posts(columns.posts(posts)));
            assertEquals(strings, columns.strings(columns.strings(strings)));
        }
    }

    @Test
    void aColumnWrittenTheOldWayReadsTheSame() throws Exception {
        String oldPosts = tree.createArrayNode().add(tree.createObjectNode()
                .put("createdDateTime", "2026-01-08T05:45:28.000000000Z").put("postType", "regular")
                .put("content", "Title: \"IMAP4\"\n<b>é</b>")).toString();
        assertEquals(List.of(new IssuePost(Instant.parse("2026-01-08T05:45:28Z"), "regular", "Title: \"IMAP4\"\n<b>é</b>")),
                columns.posts(oldPosts));
        assertEquals(oldPosts, columns.posts(columns.posts(oldPosts)));
    }

    @Test
    void unusualColumnsAreReadAsTheTreeReadsThem() throws Exception {
        for (String json : List.of("[]", "[\"a\",1,true,null]", "[\"a\"] trailing", "  [ \"x\" , \"y\" ]  ", "[[\"nested\"]]")) {
            List<String> expected = new ArrayList<>();
            tree.readTree(json).forEach(node -> expected.add(node.asText()));
            assertEquals(expected, columns.strings(json), json);
        }
        String odd = "[{\"content\":\"c\",\"postType\":\"t\",\"createdDateTime\":\"2026-01-08T05:45:28Z\",\"extra\":1},"
                + "{\"createdDateTime\":\"2026-01-08T05:45:28Z\",\"postType\":\"a\",\"postType\":\"b\",\"content\":5}]";
        List<IssuePost> expected = new ArrayList<>();
        for (JsonNode node : tree.readTree(odd)) {
            expected.add(new IssuePost(Instant.parse(node.get("createdDateTime").asText()), node.get("postType").asText(),
                    node.get("content").asText()));
        }
        assertEquals(expected, columns.posts(odd));
    }

    @Test
    void anUnreadableColumnFailsWithOneLine() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> columns.strings("[\"a\", "));
        assertEquals(1, failure.getMessage().lines().count());
        assertThrows(IllegalStateException.class, () -> columns.posts("{not json"));
    }

    private static String text(Random random) {
        String alphabet = "aZ 9\"\\\n\t\u0001é日本<>&/\u2028";
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}

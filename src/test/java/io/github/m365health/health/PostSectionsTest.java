package io.github.m365health.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PostSectionsTest {

    private static PostSection s(PostLabel label, String text) {
        return new PostSection(label, text);
    }

    static Stream<Arguments> posts() {
        return Stream.of(
                Arguments.of("plain text with blank lines between sections",
                        "Title: Mail delayed\n\nUser impact: Users may see delays.\n\nCurrent status: We're investigating.",
                        List.of(s(PostLabel.TITLE, "Mail delayed"), s(PostLabel.USER_IMPACT, "Users may see delays."),
                                s(PostLabel.CURRENT_STATUS, "We're investigating."))),
                Arguments.of("sections glued together without line breaks, as Graph's HTML renders to text",
                        "Title: Users can't access Microsoft FormsUser Impact: Users may be unable to open forms."
                                + "Current Status: We're reviewing telemetry.Next Update: Friday, August 6, 2021, at 9:00 PM UTC",
                        List.of(s(PostLabel.TITLE, "Users can't access Microsoft Forms"),
                                s(PostLabel.USER_IMPACT, "Users may be unable to open forms."),
                                s(PostLabel.CURRENT_STATUS, "We're reviewing telemetry."),
                                s(PostLabel.NEXT_UPDATE, "Friday, August 6, 2021, at 9:00 PM UTC"))),
                Arguments.of("HTML paragraphs and breaks become separate sections, entities decoded",
                        "<p>Title: Teams &amp; chat delays</p><p>User impact: Messages arrive late.<br>Scope of impact: "
                                + "Some users in <b>North America</b>.</p><p>Next update by: Wednesday, November 17, 2021, at 2:30 PM UTC</p>",
                        List.of(s(PostLabel.TITLE, "Teams & chat delays"), s(PostLabel.USER_IMPACT, "Messages arrive late."),
                                s(PostLabel.SCOPE_OF_IMPACT, "Some users in North America."),
                                s(PostLabel.NEXT_UPDATE, "Wednesday, November 17, 2021, at 2:30 PM UTC"))),
                Arguments.of("case and spacing variants of labels",
                        "TITLE : Outage\nuser   impact: Some\nNext  Update  By : Monday, January 5, 2026, at 10:00 AM UTC",
                        List.of(s(PostLabel.TITLE, "Outage"), s(PostLabel.USER_IMPACT, "Some"),
                                s(PostLabel.NEXT_UPDATE, "Monday, January 5, 2026, at 10:00 AM UTC"))),
                Arguments.of("text before the first label, and an unknown label, stay as text",
                        "We're looking into it.\nTitle: Outage\nAffected regions: Europe\nRoot cause: A bad config.",
                        List.of(s(PostLabel.TEXT, "We're looking into it."), s(PostLabel.TITLE, "Outage\nAffected regions: Europe"),
                                s(PostLabel.ROOT_CAUSE, "A bad config."))),
                Arguments.of("a label in lower case within prose is prose, not a section",
                        "Current status: We found the root cause: a certificate expired.\nPreliminary root cause: Expired certificate.",
                        List.of(s(PostLabel.CURRENT_STATUS, "We found the root cause: a certificate expired."),
                                s(PostLabel.PRELIMINARY_ROOT_CAUSE, "Expired certificate."))),
                Arguments.of("a post without any label is one text section",
                        "Quick update: we are still investigating.",
                        List.of(s(PostLabel.TEXT, "Quick update: we are still investigating."))),
                Arguments.of("an empty post has no sections", "", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("posts")
    void splitsPostsIntoTheirLabelledSections(String why, String content, List<PostSection> expected) {
        assertEquals(expected, PostSections.of(content).sections());
    }

    @Test
    void splitsTheFinalPostOfEx1215307FromTheSeedIntoEverySection() throws IOException {
        PostSections sections = PostSections.of(resource("EX1215307-final.txt"));

        assertEquals(List.of(PostLabel.TITLE, PostLabel.USER_IMPACT, PostLabel.MORE_INFO, PostLabel.FINAL_STATUS,
                        PostLabel.SCOPE_OF_IMPACT, PostLabel.START_TIME, PostLabel.END_TIME, PostLabel.ROOT_CAUSE,
                        PostLabel.NEXT_STEPS),
                sections.sections().stream().map(PostSection::label).toList());
        assertEquals("Friday, January 2, 2026, at 12:00 AM UTC", sections.get(PostLabel.START_TIME).orElseThrow());
        assertEquals("– We’re reviewing our deployment and provisioning procedures to help prevent similar problems "
                + "in the future.\n\nThis is the final update for the event.", sections.get(PostLabel.NEXT_STEPS).orElseThrow());
        assertEquals(true, sections.status().orElseThrow().startsWith("We’ve completed deploying the configuration change"));
    }

    @Test
    void theSameSeedPostGluedIntoHtmlParagraphsSplitsTheSameWay() throws IOException {
        String text = resource("EX1215307-final.txt");
        String glued = "<div>" + text.replace("\n\n", "").replace("\n", "") + "</div>";

        PostSections fromHtml = PostSections.of(glued);

        assertEquals(PostSections.of(text).sections().stream().map(PostSection::label).toList(),
                fromHtml.sections().stream().map(PostSection::label).toList());
        assertEquals("A recent IMAP deployment related to authentication support contained a code conflict that introduced"
                + " a configuration issue and was causing intermittent mailbox access issues for some impacted users.",
                fromHtml.get(PostLabel.ROOT_CAUSE).orElseThrow());
    }

    @Test
    void markupIsNeverPassedThroughAsText() {
        PostSections sections = PostSections.of("<p>Title: <script>alert(1)</script>Outage<img src=x onerror=alert(2)></p>");

        assertEquals("Outage", sections.get(PostLabel.TITLE).orElseThrow());
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PostSectionsTest.class.getResourceAsStream("/posts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

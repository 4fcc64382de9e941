package io.github.m365health.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass reading of a page gives exactly what the careful item-by-item reading gives, on
 * every captured and hostile page: the same items, the same link, the same skips.
 */
class PageParserTest {

    private final PageParser parser = new PageParser("contoso");
    private final GraphItems items = new GraphItems(new WireValues("contoso"));

    @ParameterizedTest
    @ValueSource(strings = {"issues-page1.json", "issues-page2.json", "issues-missing-optional.json",
            "issues-missing-required.json", "issues-pascalcase.json", "issues-unknown-enums.json"})
    void readsIssuePagesInOnePassAsItemByItem(String fixture) throws Exception {
        byte[] body = fixture(fixture);
        PageParser.Page<?> onePass = parser.parse(GraphEndpoint.ISSUES, 200, body, 1, GraphItems.IssueDto.class,
                items::issue);
        PageParser.Page<?> careful = parser.parseItemByItem(GraphEndpoint.ISSUES, 200, body, 1, false,
                GraphItems.IssueDto.class, items::issue);
        assertEquals(careful, onePass);
        assertFalse(careful.items().isEmpty(), "the fixture holds issues to compare");
    }

    @ParameterizedTest
    @ValueSource(strings = {"issues-page1.json", "issues-page2.json", "messages-page1.json", "health-overviews.json"})
    void bindsAWellFormedPageInOnePass(String fixture) throws Exception {
        Class<? extends GraphItems.ItemDto> shape = fixture.startsWith("issues") ? GraphItems.IssueDto.class
                : fixture.startsWith("messages") ? GraphItems.MessageDto.class : GraphItems.ServiceHealthDto.class;
        assertNotNull(parser.bindWhole(fixture(fixture), shape));
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages-page1.json", "messages-page2.json", "messages-page3.json",
            "messages-missing-optional.json", "messages-pascalcase.json", "messages-unknown-enums.json"})
    void readsMessagePagesInOnePassAsItemByItem(String fixture) throws Exception {
        byte[] body = fixture(fixture);
        assertEquals(parser.parseItemByItem(GraphEndpoint.MESSAGES, 200, body, 1, false, GraphItems.MessageDto.class,
                        items::message),
                parser.parse(GraphEndpoint.MESSAGES, 200, body, 1, GraphItems.MessageDto.class, items::message));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"value\":[{\"id\":\"EX1\",\"service\":\"Exchange Online\",\"status\":\"serviceOperational\"}, 7]}",
        "{\"value\":[null]}",
        "{\"value\":[{\"id\":\"EX1\",\"service\":\"Exchange Online\",\"status\":\"serviceOperational\"}],"
                + "\"@odata.nextLink\":\"https://graph.microsoft.com/v1.0/x?$skiptoken=2\"}",
        "{\"value\":[{\"id\":[1],\"service\":\"Exchange Online\"},{\"id\":\"SP2\",\"service\":\"SharePoint Online\"}]}",
        "{\"value\":[{\"service\":\"Exchange Online\"},{\"id\":\"SP2\",\"service\":\"SharePoint Online\"}]}"})
    void readsOddPagesAsItemByItem(String page) throws Exception {
        byte[] body = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(parser.parseItemByItem(GraphEndpoint.HEALTH_OVERVIEWS, 200, body, 1, false,
                        GraphItems.ServiceHealthDto.class, items::serviceHealth),
                parser.parse(GraphEndpoint.HEALTH_OVERVIEWS, 200, body, 1, GraphItems.ServiceHealthDto.class,
                        items::serviceHealth));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = PageParserTest.class.getResourceAsStream("/graph/" + name)) {
            return in.readAllBytes();
        }
    }
}

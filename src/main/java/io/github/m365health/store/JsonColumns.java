package io.github.m365health.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.m365health.health.IssuePost;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Columns that hold a list as a JSON array: an issue's posts, a post's services and tags.
 *
 * <p>They are written and read token by token: a restart of 100 tenants reads 50,000 posts'
 * services and tags and thousands of issues' posts, and building a tree for each took a sixth of
 * the load. A column the streaming reading does not expect (one this version did not write) is
 * read through the tree as before, so both readings accept and refuse the same text.
 */
final class JsonColumns {

    private static final String CREATED = "createdDateTime";
    private static final String TYPE = "postType";
    private static final String CONTENT = "content";

    private final ObjectMapper mapper = new ObjectMapper();

    String posts(List<IssuePost> posts) {
        return write(json -> {
            json.writeStartArray();
            for (IssuePost post : posts) {
                json.writeStartObject();
                json.writeStringField(CREATED, SqlTimes.format(post.createdAt()));
                json.writeStringField(TYPE, post.postType());
                json.writeStringField(CONTENT, post.content());
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    List<IssuePost> posts(String json) {
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            List<IssuePost> posts = new ArrayList<>();
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return postsFromTree(json);
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                IssuePost post = token == JsonToken.START_OBJECT ? post(parser) : null;
                if (post == null) {
                    return postsFromTree(json);
                }
                posts.add(post);
            }
            return parser.nextToken() == null ? posts : postsFromTree(json);
        } catch (IOException e) {
            return postsFromTree(json);
        }
    }

    String strings(Collection<String> values) {
        return write(json -> {
            json.writeStartArray();
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        });
    }

    List<String> strings(String json) {
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            List<String> values = new ArrayList<>();
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return stringsFromTree(json);
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_STRING) {
                    return stringsFromTree(json);
                }
                values.add(parser.getText());
            }
            return parser.nextToken() == null ? values : stringsFromTree(json);
        } catch (IOException e) {
            return stringsFromTree(json);
        }
    }

    /** The post whose object the parser just opened, or null unless it has exactly the three string fields, once each. */
    private static IssuePost post(JsonParser parser) throws IOException {
        String created = null;
        String type = null;
        String content = null;
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            if (parser.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            String value = parser.getText();
            switch (field) {
                case CREATED -> created = created == null ? value : null;
                case TYPE -> type = type == null ? value : null;
                case CONTENT -> content = content == null ? value : null;
                default -> {
                    return null;
                }
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || created == null || type == null || content == null) {
            return null;
        }
        return new IssuePost(SqlTimes.parse(created), type, content);
    }

    private List<IssuePost> postsFromTree(String json) {
        List<IssuePost> posts = new ArrayList<>();
        for (JsonNode node : read(json)) {
            posts.add(new IssuePost(SqlTimes.parse(node.get(CREATED).asText()),
                    node.get(TYPE).asText(), node.get(CONTENT).asText()));
        }
        return posts;
    }

    private List<String> stringsFromTree(String json) {
        List<String> values = new ArrayList<>();
        read(json).forEach(node -> values.add(node.asText()));
        return values;
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON column is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Writing {
        void to(JsonGenerator json) throws IOException;
    }

    private String write(Writing writing) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            writing.to(json);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a JSON column", e);
        }
        return out.toString();
    }
}

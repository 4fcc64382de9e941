package io.github.m365health.graph;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.m365health.log.Log;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one page of a Graph collection ({@code value} and {@code @odata.nextLink}).
 *
 * <p>A page that is not JSON, or has no {@code value} array, fails the whole listing: we cannot
 * tell what it held. A single item that lacks a field we cannot do without (its id, dates or
 * service) is skipped with a warning instead: a listing without it is still safe to use, because
 * an issue that is absent from a listing is never taken as resolved or gone (the store keeps it
 * as last seen), whereas failing the listing would hide every other issue's changes for as long
 * as Graph keeps sending the broken item.
 */
final class PageParser {

    private static final Log LOG = Log.of(PageParser.class);

    /** @param malformedUtf8 the page held bytes that are not UTF-8, read as U+FFFD */
    record Page<T>(List<T> items, String nextLink, boolean malformedUtf8) {
    }

    /** Maps one item of {@code value}, bound to its wire shape, to a domain record, or says why it cannot. */
    @FunctionalInterface
    interface ItemReader<D, T> {
        T read(D item) throws InvalidItem;
    }

    /** A page bound in one pass; {@code nextLink} stays a node so that a non-string is seen, not coerced. */
    record PageDto<D>(@JsonProperty("value") List<D> value,
                              @JsonProperty("@odata.nextLink") JsonNode nextLink) {
    }

    static final class InvalidItem extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidItem(String reason) {
            super(reason, null, false, false);
        }
    }

    private final ObjectMapper json;
    private final String tenant;

    PageParser(String tenant) {
        this(tenant, mapper());
    }

    /**
     * @param json a {@link #mapper()} shared by every tenant: a mapper builds its deserializers on
     *             first use, and one per tenant spent a fifth of MSP-100's first polls doing so
     */
    PageParser(String tenant, ObjectMapper json) {
        this.tenant = tenant;
        this.json = json;
    }

    /** Graph adds properties over time (e.g. {@code highImpact}, {@code expiryDateTime}); they are ignored. */
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    ObjectMapper json() {
        return json;
    }

    /**
     * Reads a page whose items have the wire shape {@code shape}. A well-formed page (nearly all
     * of them) is bound in one streaming pass; at a 1 s interval 100 tenants send a 750 KB issue
     * page each a second, and building a tree first and binding each item from it doubled the
     * exporter's CPU. Anything unusual (bytes that are not UTF-8, an item that is no object, a
     * shape that does not bind, a non-string link) goes the careful way, item by item.
     */
    <D extends GraphItems.ItemDto, T> Page<T> parse(GraphEndpoint endpoint, int status, byte[] body, int page,
                                                    Class<D> shape, ItemReader<D, T> reader) throws GraphException {
        boolean malformedUtf8 = !Utf8.isValid(body);
        if (!malformedUtf8) {
            PageDto<D> bound = bindWhole(body, shape);
            if (bound != null) {
                List<T> items = new ArrayList<>(bound.value().size());
                for (int index = 0; index < bound.value().size(); index++) {
                    D item = bound.value().get(index);
                    try {
                        items.add(reader.read(item));
                    } catch (InvalidItem e) {
                        skipped(endpoint, page, index, item.id() == null ? "" : item.id(), e);
                    }
                }
                return new Page<>(items, text(bound.nextLink()), false);
            }
        }
        return parseItemByItem(endpoint, status, body, page, malformedUtf8, shape, reader);
    }

    /** The page bound whole, or null when it has anything the item-by-item reading must judge. */
    <D> PageDto<D> bindWhole(byte[] body, Class<D> shape) {
        try {
            PageDto<D> bound = json.readValue(body, json.getTypeFactory().constructParametricType(PageDto.class, shape));
            boolean plain = bound != null && bound.value() != null && !bound.value().contains(null)
                    && (bound.nextLink() == null || bound.nextLink().isNull() || bound.nextLink().isTextual());
            return plain ? bound : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    <D, T> Page<T> parseItemByItem(GraphEndpoint endpoint, int status, byte[] body, int page,
                                   boolean malformedUtf8, Class<D> shape, ItemReader<D, T> reader)
            throws GraphException {
        JsonNode root;
        try {
            // One bad byte in one title must not blind the tenant: Java's decoder puts U+FFFD in its place.
            root = malformedUtf8 ? json.readTree(new String(body, StandardCharsets.UTF_8)) : json.readTree(body);
        } catch (JsonProcessingException e) {
            throw invalid(endpoint, status, "page " + page + " is not valid JSON" + at(e.getLocation()));
        } catch (IOException e) {
            throw invalid(endpoint, status, "page " + page + " could not be read");
        }
        JsonNode value = root == null ? null : root.get("value");
        if (value == null || !value.isArray()) {
            throw invalid(endpoint, status, "page " + page + " has no \"value\" array");
        }
        JsonNode nextLink = root.path("@odata.nextLink");
        if (!nextLink.isMissingNode() && !nextLink.isNull() && !nextLink.isTextual()) {
            throw invalid(endpoint, status, "page " + page + " has an @odata.nextLink that is not a string");
        }
        List<T> items = new ArrayList<>(value.size());
        for (int index = 0; index < value.size(); index++) {
            JsonNode item = value.get(index);
            try {
                if (!item.isObject()) {
                    throw new InvalidItem("not a JSON object");
                }
                items.add(reader.read(bind(item, shape)));
            } catch (InvalidItem e) {
                skipped(endpoint, page, index, item.path("id").asText(""), e);
            }
        }
        return new Page<>(items, text(nextLink), malformedUtf8);
    }

    private <D> D bind(JsonNode item, Class<D> shape) throws InvalidItem {
        try {
            return json.treeToValue(item, shape);
        } catch (Exception e) {
            throw new InvalidItem("does not match the " + shape.getSimpleName().replace("Dto", "") + " shape");
        }
    }

    private void skipped(GraphEndpoint endpoint, int page, int index, String id, InvalidItem e) {
        LOG.warn("skipping a Graph item that cannot be read", "tenant", tenant, "endpoint", endpoint.label(),
                "page", page, "index", index, "id", id, "reason", e.getMessage());
    }

    private static String text(JsonNode nextLink) {
        return nextLink != null && nextLink.isTextual() ? nextLink.asText() : null;
    }

    /** Once per listing, however many pages or bytes were affected. */
    void reportMalformedUtf8(GraphEndpoint endpoint, int pages) {
        LOG.warn("Graph listing held bytes that are not UTF-8; read them as U+FFFD and kept the listing",
                "tenant", tenant, "endpoint", endpoint.label(), "pages", pages);
    }

    /** Jackson's own message is left out: it quotes the offending input, which is response body. */
    private static GraphException invalid(GraphEndpoint endpoint, int status, String what) {
        return new GraphException(endpoint, status, "invalid_json",
                RetryingHttp.describe(endpoint) + " failed: HTTP " + status + " " + what);
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}

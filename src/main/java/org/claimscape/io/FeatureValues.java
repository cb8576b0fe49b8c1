package org.claimscape.io;

import static org.claimscape.io.GeoJsonProblem.quote;
import static org.claimscape.io.JsonValues.describe;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Map;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.model.PropertyMap;

/**
 * Reads a Feature's "id" and "properties" values for a {@link ReadSession} (RFC 7946 §3.2), reporting a value of
 * the wrong type or a key given twice, with what the read's features share: their property names and strings.
 * Used once, on one thread.
 */
final class FeatureValues {

    private final ReadSession session;
    private final JsonParser parser;
    /** The features' property names, shared by features with the same ones (see {@link PropertyMap.Keys}). */
    private final PropertyMap.Keys propertyKeys = new PropertyMap.Keys();
    private final StringCache strings = new StringCache();
    private final Object[] propertyValues = new Object[16];
    private final JsonValues.DuplicateKeys duplicateKeys;

    FeatureValues(ReadSession session, JsonParser parser) {
        this.session = session;
        this.parser = parser;
        this.duplicateKeys = (key, at) -> session.warning(Kind.DUPLICATE, at,
                IoText.of("io.json.duplicate-key", quote(key)));
    }

    /** The "id" whose first token {@code v} is current: a String or a Number; null, with an error, for others. */
    Object id(JsonToken v) throws IOException {
        return switch (v) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JsonValues.number(parser);
            default -> {
                session.error(Kind.WRONG_TYPE, parser.currentTokenLocation(), IoText.of("io.json.id-type",
                        describe(v)));
                parser.skipChildren();
                yield null;
            }
        };
    }

    /** The "properties" whose first token {@code v} is current; empty for null, and, with an error, for others. */
    Map<String, Object> properties(JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return Map.of();
        }
        if (v != JsonToken.START_OBJECT) {
            session.error(Kind.WRONG_TYPE, parser.currentTokenLocation(), IoText.of("io.json.properties-type",
                    describe(v)));
            parser.skipChildren();
            return Map.of();
        }
        return JsonValues.properties(parser, propertyKeys, strings, propertyValues, duplicateKeys);
    }
}

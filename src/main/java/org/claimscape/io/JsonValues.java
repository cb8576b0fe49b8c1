package org.claimscape.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscape.model.PropertyMap;

/** Reads a JSON value from a streaming parser into maps, lists, strings, numbers and booleans. */
final class JsonValues {

    /** Told of a key that appears twice in one object, at the second one; the last value is kept. */
    interface DuplicateKeys {
        void found(String key, JsonLocation at);
    }

    private JsonValues() {
    }

    /** Reads the value whose first token is current, ignoring duplicate keys; the parser ends on its last token. */
    static Object read(JsonParser p) throws IOException {
        return read(p, (key, at) -> { });
    }

    /** Reads the value whose first token is current; the parser ends on the value's last token. */
    static Object read(JsonParser p, DuplicateKeys duplicates) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> object(p, duplicates);
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p, duplicates));
                }
                yield Collections.unmodifiableList(list);
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(p);
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Reads the object whose START_OBJECT is current; the parser ends on its END_OBJECT. */
    static Map<String, Object> object(JsonParser p, DuplicateKeys duplicates) throws IOException {
        return Collections.unmodifiableMap(rest(p, new LinkedHashMap<>(), duplicates));
    }

    /** Reads the rest of an object into {@code map}, from the token after the current one to its END_OBJECT. */
    private static Map<String, Object> rest(JsonParser p, Map<String, Object> map, DuplicateKeys duplicates)
            throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (map.containsKey(key)) {
                duplicates.found(key, p.currentTokenLocation());
                map.remove(key); // so that the key takes the place of its last value
            }
            p.nextToken();
            map.put(key, read(p, duplicates));
        }
        return map;
    }

    /**
     * Reads a feature's "properties" object, whose START_OBJECT is current, into a {@link PropertyMap} whose keys come
     * from {@code keys}' tree, so that features with the same properties share them; short strings come from
     * {@code strings}. The parser ends on its END_OBJECT.
     */
    static PropertyMap properties(JsonParser p, PropertyMap.Keys keys, StringCache strings, Object[] buffer,
                                  DuplicateKeys duplicates) throws IOException {
        PropertyMap.Keys k = keys;
        Object[] values = buffer;
        int n = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            PropertyMap.Keys more = k.with(key);
            if (more == null) {
                // a key given twice (rare, warned of): read the rest as a plain map, which keeps the last value
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(k.key(i), values[i]);
                }
                duplicates.found(key, p.currentTokenLocation());
                map.remove(key); // so that the key takes the place of its last value
                p.nextToken();
                map.put(key, read(p, duplicates));
                return PropertyMap.copyOf(rest(p, map, duplicates), keys);
            }
            k = more;
            JsonToken t = p.nextToken();
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = t == JsonToken.VALUE_STRING ? strings.get(p) : read(p, duplicates);
        }
        return PropertyMap.copyOf(k, values);
    }

    /**
     * The current number as a Long or Double; values are data to keep and write back, so an integer beyond long
     * stays a BigInteger and a decimal beyond double a BigDecimal instead of failing or turning into Infinity.
     */
    static Object number(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == NumberType.BIG_INTEGER) {
                return p.getBigIntegerValue();
            }
            return whole(p.getLongValue());
        }
        double d = p.getDoubleValue();
        if (Double.isInfinite(d)) {
            return p.getDecimalValue();
        }
        return d;
    }

    /** Whole numbers from -128 to 4095, made once: the counts, ranks and years files repeat a million times. */
    private static final Long[] SMALL = new Long[4096 + 128];

    /** The Long of v; the same object for the same small value (0 to 4095: ranks, counts, years). */
    static Long whole(long v) {
        if (v < -128 || v >= 4096) {
            return v;
        }
        int i = (int) v + 128;
        Long l = SMALL[i];
        if (l == null) {
            l = v; // a benign race: two threads may both make one; Long's value is final, so any is complete
            SMALL[i] = l;
        }
        return l;
    }

    /** What a token is, for messages: "an object", "a number", ...; null is the end of the file. */
    static IoText.Message describe(JsonToken t) {
        if (t == null) {
            return IoText.of("io.token.end");
        }
        return switch (t) {
            case START_OBJECT -> IoText.of("io.token.object");
            case START_ARRAY -> IoText.of("io.token.array");
            case VALUE_STRING -> IoText.of("io.token.string");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> IoText.of("io.token.number");
            case VALUE_TRUE, VALUE_FALSE -> IoText.of("io.token.boolean");
            case VALUE_NULL -> IoText.of("io.token.null");
            default -> IoText.literal(t.asString() == null ? t.name() : t.asString());
        };
    }

    /** Jackson's message (its own words) without its advice on parser features, which means nothing to our users. */
    static Object parserMessage(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        if (line.startsWith("Non-standard token")) {
            return IoText.of("io.json.non-standard", line.replaceFirst(":? *enable .*$", ""));
        }
        return line.replaceFirst(" *\\(from `StreamReadConstraints[^)]*\\)", "").replaceFirst(":? *enable `.*$", "");
    }

    /** The name in an old-style (GeoJSON 2008) "crs" member's properties, or null. */
    static String crsName(Object crs) {
        if (crs instanceof Map<?, ?> m && m.get("properties") instanceof Map<?, ?> p
                && p.get("name") instanceof String s) {
            return s;
        }
        return null;
    }
}

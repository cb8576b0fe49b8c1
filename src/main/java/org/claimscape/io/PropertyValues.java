package org.claimscape.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Property values in formats whose fields hold only text and numbers (CSV, KML's ExtendedData, dBASE, GeoPackage
 * columns): lists and maps are written as JSON text and such text is read back as a list or map, and a field named
 * {@value #ID} carries the feature's id. Stateless.
 */
public final class PropertyValues {

    /** The field that holds a feature's id in formats without ids of their own. */
    public static final String ID = "id";

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern GDAL_DATE = Pattern.compile("[0-9]{4}/[0-9]{2}/[0-9]{2}");

    private PropertyValues() {
    }

    /** A value as text: JSON for lists and maps, plain digits for numbers; null stays null. */
    public static String text(Object v) {
        if (v == null || v instanceof String) {
            return (String) v;
        }
        if (v instanceof BigDecimal) {
            return ((BigDecimal) v).toPlainString();
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) + ".0" : Double.toString(d);
        }
        if (v instanceof Map || v instanceof List) {
            StringWriter out = new StringWriter();
            try (JsonGenerator g = JSON.createGenerator(out)) {
                write(g, v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        }
        return v.toString();
    }

    /** Text as read: a JSON array or object becomes a list or map, anything else stays text. */
    public static Object fromText(String s) {
        if (s == null || s.length() < 2) {
            return s;
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        if (!(first == '[' && last == ']') && !(first == '{' && last == '}')) {
            return s;
        }
        try (JsonParser p = JSON.createParser(s)) {
            p.nextToken();
            Object v = JsonValues.read(p);
            return p.nextToken() == null ? v : s;
        } catch (IOException e) {
            return s; // not JSON after all: text with brackets
        }
    }

    /**
     * Text from a field that holds no types (a CSV cell, a KML Data value): whole numbers become Long, decimals
     * Double, {@code true}/{@code false} Boolean, JSON arrays and objects lists and maps; an empty text is null.
     * A number with a leading zero or a plus sign ("007", "+81") stays text; a date as GDAL writes it in CSV and KML
     * (1945/08/28) becomes ISO (1945-08-28).
     */
    public static Object parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        int number = numberKind(text);
        if (number == WHOLE) {
            return Long.parseLong(text);
        }
        if (number == DECIMAL) {
            double d = Double.parseDouble(text);
            if (Double.isFinite(d)) {
                return d;
            }
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        if (text.length() == 10 && text.charAt(4) == '/' && GDAL_DATE.matcher(text).matches()) {
            return text.replace('/', '-'); // GDAL writes dates as YYYY/MM/DD in CSV and KML
        }
        return fromText(text);
    }

    private static final int NOT_A_NUMBER = 0;
    private static final int WHOLE = 1;
    private static final int DECIMAL = 2;

    /**
     * What kind of JSON-style number the text is, scanned by hand (a regex per cell took a third of a CSV read):
     * {@link #WHOLE} for {@code -?(0|[1-9][0-9]{0,17})}, which fits a long; {@link #DECIMAL} for
     * {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?} otherwise; else {@link #NOT_A_NUMBER}.
     */
    static int numberKind(String s) {
        int n = s.length();
        int i = s.startsWith("-") ? 1 : 0;
        if (i == n) {
            return NOT_A_NUMBER;
        }
        int digitsFrom = i;
        if (s.charAt(i) == '0') {
            i++;
        } else if (s.charAt(i) >= '1' && s.charAt(i) <= '9') {
            i = digits(s, i);
        } else {
            return NOT_A_NUMBER;
        }
        int integerDigits = i - digitsFrom;
        boolean whole = true;
        if (i < n && s.charAt(i) == '.') {
            int from = ++i;
            i = digits(s, i);
            if (i == from) {
                return NOT_A_NUMBER;
            }
            whole = false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int from = i;
            i = digits(s, i);
            if (i == from) {
                return NOT_A_NUMBER;
            }
            whole = false;
        }
        if (i != n) {
            return NOT_A_NUMBER;
        }
        return whole && integerDigits <= 18 ? WHOLE : DECIMAL;
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** Whether a value can be a feature id (text, or a whole number). */
    public static boolean isId(Object v) {
        return v instanceof String && !((String) v).isEmpty() || v instanceof Long || v instanceof Integer;
    }

    private static void write(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List) {
            g.writeStartArray();
            for (Object o : (List<?>) v) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Boolean) {
            g.writeBoolean((Boolean) v);
        } else if (v instanceof BigDecimal) {
            g.writeNumber((BigDecimal) v);
        } else if (v instanceof Double || v instanceof Float) {
            g.writeNumber(((Number) v).doubleValue());
        } else if (v instanceof Number) {
            g.writeNumber(((Number) v).longValue());
        } else {
            g.writeString(v.toString());
        }
    }
}

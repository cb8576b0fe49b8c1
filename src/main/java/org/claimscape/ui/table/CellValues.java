package org.claimscape.ui.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * What the attribute table reads in a cell: its text, whether text is a number or an ISO 8601 date, and whether a
 * cell contains a filter's text. Written for a million cells: no regular expressions, no exceptions on the common
 * path. Stateless.
 */
final class CellValues {

    private CellValues() {
    }

    /** A value as the table writes it: numbers in plain digits, lists and objects as JSON, nothing as "". */
    static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return v.toString();
            }
            BigDecimal b = v instanceof BigDecimal bd ? bd : BigDecimal.valueOf(d);
            return b.stripTrailingZeros().toPlainString();
        }
        if (v instanceof List || v instanceof Map) {
            StringBuilder sb = new StringBuilder();
            json(sb, v);
            return sb.toString();
        }
        return v.toString();
    }

    /* A plain decimal number: optional sign, digits, optional fraction and exponent (no hex, no NaN). */
    static boolean isNumber(String t) {
        int i = 0;
        int n = t.length();
        if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < n && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
                i++;
            }
            int exp = 0;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    /* An ISO 8601 year, year-month, date or date-time as seconds since 1970 (UTC unless it says), or null. */
    static Long dateSeconds(String t) {
        LocalDate d = isoDate(t);
        if (d != null) {
            return d.toEpochDay() * 86_400L;
        }
        if (t.length() < 16 || t.charAt(10) != 'T' && t.charAt(10) != ' ') {
            return null;
        }
        String iso = t.charAt(10) == ' ' ? t.substring(0, 10) + 'T' + t.substring(11) : t;
        try {
            return OffsetDateTime.parse(iso).toEpochSecond();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /*
     * A year ("1855", "-0660"), year-month ("1855-02", its first day) or date ("1855-02-07"), as
     * Feature.parseDate reads them, or null; without regular expressions or exceptions, as a column of a million
     * dates is read when the table opens.
     */
    static LocalDate isoDate(String t) {
        int n = t.length();
        int s = n > 0 && t.charAt(0) == '-' ? 1 : 0;
        if (!(n - s == 4 || s == 0 && (n == 7 || n == 10)) || !digits(t, s, s + 4)) {
            return null;
        }
        int year = Integer.parseInt(t, s, s + 4, 10) * (s == 1 ? -1 : 1);
        int month = 1;
        int day = 1;
        if (n >= 7) {
            if (t.charAt(4) != '-' || !digits(t, 5, 7)) {
                return null;
            }
            month = Integer.parseInt(t, 5, 7, 10);
        }
        if (n == 10) {
            if (t.charAt(7) != '-' || !digits(t, 8, 10)) {
                return null;
            }
            day = Integer.parseInt(t, 8, 10, 10);
        }
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /*
     * Whether a number's cell ("-12.5", "NaN", "Infinity") may contain the text: not when the text is letters
     * and spaces only, unless it is part of NaN or Infinity. Spares writing a million numbers for a word.
     */
    static boolean numbersMayContain(String needle) {
        for (int i = 0; i < needle.length(); i++) {
            char ch = needle.charAt(i);
            if (!Character.isLetter(ch) && !Character.isWhitespace(ch)) {
                return true;
            }
        }
        return containsIgnoreCase("NaN", needle) || containsIgnoreCase("Infinity", needle);
    }

    static boolean containsIgnoreCase(String hay, String needle) {
        int max = hay.length() - needle.length();
        for (int i = 0; i <= max; i++) {
            if (hay.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

    private static void json(StringBuilder sb, Object v) {
        if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ", ");
                first = false;
                json(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                json(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ", ");
                json(sb, l.get(i));
            }
            sb.append(']');
        } else if (v instanceof String s) {
            sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else {
            sb.append(v == null ? "null" : text(v));
        }
    }
}

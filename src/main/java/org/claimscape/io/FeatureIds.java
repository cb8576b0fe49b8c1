package org.claimscape.io;

import java.util.HashSet;
import java.util.Set;

/**
 * The feature ids of one read, to find one used twice. Ids are compared as text, as the user sees them (a numeric id
 * 12 and a string id "12" are the same id), yet a numeric id is kept as its Long, the feature's own object, instead
 * of a new String per feature: text that reads as a canonical whole number is turned into that Long. Not thread-safe.
 */
final class FeatureIds {

    private final Set<Object> seen = new HashSet<>();

    /** Adds the id (a String or a Number); false when it was there already. */
    boolean add(Object id) {
        return seen.add(key(id));
    }

    void clear() {
        seen.clear();
    }

    private static Object key(Object id) {
        if (id instanceof Long) {
            return id;
        }
        if (id instanceof Integer || id instanceof Short || id instanceof Byte) {
            return ((Number) id).longValue();
        }
        String text = id.toString();
        Long whole = canonicalLong(text);
        return whole != null ? whole : text;
    }

    /** The Long whose decimal text is exactly {@code s} ("12", "-3", "0"; not "012", "+1", "-0"), else null. */
    static Long canonicalLong(String s) {
        int n = s.length();
        int start = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        if (n == start || n - start > 19 || s.charAt(start) == '0' && (n - start > 1 || start == 1)) {
            return null;
        }
        for (int i = start; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null; // beyond long: compared as text
        }
    }
}

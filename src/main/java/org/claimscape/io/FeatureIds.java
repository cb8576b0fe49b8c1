package org.claimscape.io;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The feature ids of one read, to find one used twice. Ids are compared as text, as the user sees them (a numeric id
 * 12 and a string id "12" are the same id), yet a numeric id is kept as its Long, the feature's own object, instead
 * of a new String per feature: text that reads as a canonical whole number is turned into that Long. Not thread-safe.
 */
final class FeatureIds {

    /**
     * Whole-number ids as they came while each was above the last (files number their features 1, 2, 3...), as runs
     * of consecutive ids: run i is {@code runs[2i]} to {@code runs[2i + 1]}, both included, runs sorted and apart.
     * A file numbered 1 to a million holds one run (16 bytes); ascending ids with gaps a run each.
     */
    private long[] runs = new long[64];
    /** How many runs. */
    private int count;
    /** Whole-number ids that came out of order, and text ids. */
    private final Set<Object> others = new HashSet<>();

    /** Adds the id (a String or a Number); false when it was there already. */
    boolean add(Object id) {
        Object key = key(id);
        if (!(key instanceof Long whole)) {
            return others.add(key);
        }
        long v = whole;
        if (count == 0 || v > runs[2 * count - 1]) {
            // above every id in the runs, and every out-of-order one is below the last run's end: new
            if (count > 0 && v == runs[2 * count - 1] + 1) {
                runs[2 * count - 1] = v;
                return true;
            }
            if (2 * count == runs.length) {
                runs = Arrays.copyOf(runs, runs.length * 2);
            }
            runs[2 * count] = v;
            runs[2 * count + 1] = v;
            count++;
            return true;
        }
        return !inRuns(v) && others.add(key);
    }

    /** Whether v is in one of the runs: a binary search on their starts. */
    private boolean inRuns(long v) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (runs[2 * mid] > v) {
                hi = mid - 1;
            } else if (runs[2 * mid + 1] < v) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    void clear() {
        count = 0;
        others.clear();
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

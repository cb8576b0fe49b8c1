package org.claimscape.io;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Gives the same String for the same short text read again, so that a value a million features repeat ("port",
 * "1945-08-28") is held once, not a million times. A fixed table by hash that forgets on collision: no unbounded
 * growth, and unique texts (names, ids) cost one failed comparison. One per read, on one thread.
 */
final class StringCache {

    /** Longer texts are rarely repeated values; they are made afresh. */
    static final int MAX_LENGTH = 32;
    private static final int SIZE = 1 << 12;

    private final String[] table = new String[SIZE];
    private final int[] hashes = new int[SIZE];

    /** The current string token's text. */
    String get(JsonParser p) throws IOException {
        int length = p.getTextLength();
        if (length > MAX_LENGTH) {
            return p.getText();
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[offset + i];
        }
        int slot = (h ^ (h >>> 12)) & (SIZE - 1);
        String s = table[slot];
        if (s != null && hashes[slot] == h && s.length() == length && same(s, chars, offset)) {
            return s;
        }
        s = new String(chars, offset, length);
        table[slot] = s;
        hashes[slot] = h;
        return s;
    }

    private static boolean same(String s, char[] chars, int offset) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}

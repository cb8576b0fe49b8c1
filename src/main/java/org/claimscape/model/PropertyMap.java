package org.claimscape.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A feature's properties: an unmodifiable map in file order, held as the values alone beside a {@link Keys} that the
 * features of one file with the same property names share. A million features with the same four properties then
 * hold one small object each instead of a hash map of their own: up to four values sit in the map's own fields (40
 * bytes, no array), more in an array beside it (about 60 instead of 300 bytes for a hash map).
 *
 * <p>Null values are allowed, keys are distinct and never null. Equality and hash code are those of {@link Map}.
 * Immutable and thread-safe (values are whatever the reader put there: strings, numbers, unmodifiable lists and maps).
 */
public abstract sealed class PropertyMap extends AbstractMap<String, Object>
        permits PropertyMap.Fields, PropertyMap.Array {

    /** No properties. */
    public static final PropertyMap EMPTY = new Array(Keys.NONE, new Object[0]);

    /** The most values held in fields instead of an array. */
    private static final int FIELDS = 4;

    private final Keys keys;

    private PropertyMap(Keys keys) {
        this.keys = keys;
    }

    /**
     * The map of these keys and values (the array is taken, not copied: the caller gives it up).
     *
     * @throws IllegalArgumentException when there are not as many values as keys
     */
    public static PropertyMap of(Keys keys, Object[] values) {
        if (values.length != keys.size()) {
            throw new IllegalArgumentException(values.length + " values for " + keys.size() + " keys");
        }
        return keys.size() == 0 ? EMPTY : keys.size() <= FIELDS ? new Fields(keys, values) : new Array(keys, values);
    }

    /**
     * The map of these keys and the first {@code keys.size()} values of {@code buffer} (copied: a reader passes the
     * buffer it reuses for every feature).
     */
    public static PropertyMap copyOf(Keys keys, Object[] buffer) {
        int n = keys.size();
        if (buffer.length < n) {
            throw new IllegalArgumentException(buffer.length + " values for " + n + " keys");
        }
        return n == 0 ? EMPTY : n <= FIELDS ? new Fields(keys, buffer) : new Array(keys, Arrays.copyOf(buffer, n));
    }

    /** The map itself when it is a PropertyMap, else a copy in the map's iteration order. */
    public static PropertyMap copyOf(Map<String, ?> map) {
        if (map instanceof PropertyMap p) {
            return p;
        }
        return copyOf(map, new Keys());
    }

    /**
     * A copy of the map whose keys come from the {@code root}'s tree (see {@link Keys#with}), so that copies of maps
     * with the same keys in the same order share them.
     */
    public static PropertyMap copyOf(Map<String, ?> map, Keys root) {
        if (map.isEmpty()) {
            return EMPTY;
        }
        Keys k = root;
        Object[] values = new Object[map.size()];
        int i = 0;
        for (Map.Entry<String, ?> e : map.entrySet()) {
            k = k.with(Objects.requireNonNull(e.getKey(), "property name"));
            if (k == null) {
                throw new IllegalArgumentException("property " + e.getKey() + " given twice");
            }
            values[i++] = e.getValue();
        }
        return of(k, values);
    }

    /** The keys, shared with other maps of the same keys. */
    public Keys keys() {
        return keys;
    }

    /** The value at position i of the keys. */
    abstract Object value(int i);

    @Override
    public int size() {
        return keys.size();
    }

    @Override
    public boolean isEmpty() {
        return keys.size() == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return keys.indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = keys.indexOf(key);
        return i < 0 ? null : value(i);
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.size();
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= keys.size()) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys.key(i), value(i));
                    }
                };
            }

            @Override
            public int size() {
                return keys.size();
            }
        };
    }

    @Override
    public Set<String> keySet() {
        return keys.asSet();
    }

    /** One to four values in fields: the usual feature, one object of 40 bytes. */
    static final class Fields extends PropertyMap {
        private final Object v0;
        private final Object v1;
        private final Object v2;
        private final Object v3;

        Fields(Keys keys, Object[] values) {
            super(keys);
            int n = keys.size();
            v0 = values[0];
            v1 = n > 1 ? values[1] : null;
            v2 = n > 2 ? values[2] : null;
            v3 = n > 3 ? values[3] : null;
        }

        @Override
        Object value(int i) {
            return switch (i) {
                case 0 -> v0;
                case 1 -> v1;
                case 2 -> v2;
                default -> v3;
            };
        }
    }

    /** Any number of values in an array. */
    static final class Array extends PropertyMap {
        private final Object[] values;

        Array(Keys keys, Object[] values) {
            super(keys);
            this.values = values;
        }

        @Override
        Object value(int i) {
            return values[i];
        }
    }

    /**
     * An ordered set of distinct property names, shared by every map with these names in this order. A tree of them
     * grows from an empty root through {@link #with}: reading features key by key from the same root gives the same
     * instance to each feature with the same keys. Growing is for one thread (a reader); the names and lookups are
     * immutable and safe on any thread.
     */
    public static final class Keys {

        static final Keys NONE = new Keys();

        /** Above this size, lookups go through a hash index instead of a scan. */
        private static final int SCAN_LIMIT = 8;

        private final String[] names;
        private final int[] hashes;
        /** One bit per name, by its hash: most lookups of a name that is not here stop at this mask. */
        private final long mask;
        private final Map<String, Integer> index;
        private final Set<String> asSet;
        /**
         * The children by their last key, in the order made (names read by Jackson are canonical instances, so the
         * usual one or two children are found by identity): grown by one reader at a time, never read by lookups.
         */
        private String[] nextNames = new String[0];
        private Keys[] next = new Keys[0];
        private Map<String, Keys> nextMap;

        /** An empty root of a new tree. */
        public Keys() {
            this(new String[0]);
        }

        private Keys(String[] names) {
            this.names = names;
            this.hashes = new int[names.length];
            long m = 0;
            for (int i = 0; i < names.length; i++) {
                hashes[i] = names[i].hashCode();
                m |= 1L << hashes[i];
            }
            this.mask = m;
            if (names.length > SCAN_LIMIT) {
                index = new HashMap<>(names.length * 2);
                for (int i = 0; i < names.length; i++) {
                    index.put(names[i], i);
                }
            } else {
                index = null;
            }
            this.asSet = new NameSet();
        }

        /** How many names. */
        public int size() {
            return names.length;
        }

        /** The name at position i. */
        public String key(int i) {
            return names[i];
        }

        /** The position of the name, or -1. */
        public int indexOf(Object key) {
            if (!(key instanceof String)) {
                return -1;
            }
            int h = key.hashCode();
            if ((mask & (1L << h)) == 0) {
                return -1;
            }
            if (index != null) {
                Integer i = index.get(key);
                return i == null ? -1 : i;
            }
            for (int i = 0; i < hashes.length; i++) {
                if (hashes[i] == h && (names[i] == key || names[i].equals(key))) {
                    return i;
                }
            }
            return -1;
        }

        /** These names and one more at the end, from this tree (made once, then shared); null when it is here. */
        public Keys with(String key) {
            if (nextMap != null) {
                Keys k = nextMap.get(key);
                return k != null ? k : grow(key);
            }
            String[] n = nextNames;
            for (int i = 0; i < n.length; i++) {
                if (n[i] == key) {
                    return next[i];
                }
            }
            for (int i = 0; i < n.length; i++) {
                if (n[i].equals(key)) {
                    return next[i];
                }
            }
            return grow(key);
        }

        private Keys grow(String key) {
            if (indexOf(key) >= 0) {
                return null;
            }
            String[] more = Arrays.copyOf(names, names.length + 1);
            more[names.length] = key;
            Keys k = new Keys(more);
            if (nextMap != null) {
                nextMap.put(key, k);
                return k;
            }
            int n = nextNames.length;
            nextNames = Arrays.copyOf(nextNames, n + 1);
            nextNames[n] = key;
            next = Arrays.copyOf(next, n + 1);
            next[n] = k;
            if (n + 1 > SCAN_LIMIT) {
                // many different next keys (a file whose features vary): looked up by hash from here on
                nextMap = new HashMap<>();
                for (int i = 0; i <= n; i++) {
                    nextMap.put(nextNames[i], next[i]);
                }
            }
            return k;
        }

        Set<String> asSet() {
            return asSet;
        }

        /** The names as an unmodifiable set in their order. */
        private final class NameSet extends AbstractSet<String> {
            @Override
            public Iterator<String> iterator() {
                return Arrays.asList(names).iterator();
            }

            @Override
            public int size() {
                return names.length;
            }

            @Override
            public boolean contains(Object o) {
                return indexOf(o) >= 0;
            }
        }
    }
}

package org.claimscape.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;

/**
 * Finds features by any of their names (English, romaji, Japanese, Russian), tolerant of case, diacritics,
 * long-vowel spellings and "island" suffixes: "Etorofu", "Etorofu-tō", "択捉" and "Итуруп" all find Iturup.
 *
 * <p>Ranks exact name matches first, then prefixes, then word prefixes, then substrings; ties go to the layer
 * listed first, then the shorter name. Immutable and thread-safe once built.
 *
 * <p>A query does not scan the names: exact and prefix matches come from the keys in sorted order, word prefixes
 * from the words in sorted order (binary search), and substrings from a bigram index whose posting lists are
 * intersected, rarest first. The substring tier is consulted only when the better tiers give fewer features than
 * asked for, so a query costs microseconds with 100,000 features. Memory: about one int per distinct bigram of
 * each name (some 12 MB for 100,000 features with four names each).
 */
public final class NameSearch {

    /** One result: the feature, the id of its layer, the name that matched and a rank score (higher is better). */
    public record Hit(String layerId, Feature feature, String matchedName, int score) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /* "Etorofu-tō", "Suishō-jima", "Kunashiri Island", "остров Итуруп", "о. Шикотан", "択捉島". */
    private static final Pattern LATIN_SUFFIX = Pattern.compile("[- ](to|jima|shima|islands?|isl?)\\b");
    private static final Pattern RU_ISLAND = Pattern.compile("(^|\\s)(остров|острова|о-в|о)(\\s|$)");
    private static final int[] NONE = new int[0];

    private record Entry(String layerId, int layerRank, Feature feature, String name, String key, String[] words,
                         String compact) {
    }

    private final Entry[] entries;
    /* Entry indices ordered by key: the entries whose key starts with q are one run. */
    private final int[] byKey;
    /* Every word of every key, sorted, with the entry it belongs to. */
    private final String[] words;
    private final int[] wordEntry;
    /* Bigram of the compact key → ascending entry indices holding it (each entry once per bigram). */
    private final Map<Integer, int[]> bigrams;
    /* Rank of each entry among equal scores: layer rank, then key length, then index order (all distinct). */
    private final long[] rank;
    private final RangeBest keyOrder;
    private final RangeBest wordOrder;

    /**
     * Indexes every name of every feature.
     *
     * @param layers layers by id, in ranking order (put islands and places first)
     */
    public NameSearch(Map<String, Layer> layers) {
        this(layers, Map.of());
    }

    /**
     * Indexes every name of every feature and, for the layers listed in {@code nameProperties}, the value of
     * that property too (a user's layer whose features are named by {@code name} or {@code title}).
     *
     * @param layers         layers by id, in ranking order (put islands and places first)
     * @param nameProperties layer id → property holding a name
     */
    public NameSearch(Map<String, Layer> layers, Map<String, String> nameProperties) {
        List<Entry> list = new ArrayList<>();
        int layerRank = 0;
        for (Map.Entry<String, Layer> e : layers.entrySet()) {
            String extra = nameProperties.get(e.getKey());
            for (Feature f : e.getValue().features()) {
                Set<String> names = namesOf(f);
                if (extra != null && f.string(extra) != null && !f.string(extra).isBlank()) {
                    names = new LinkedHashSet<>(names);
                    names.add(f.string(extra).strip());
                }
                for (String name : names) {
                    String key = normalise(name);
                    if (!key.isEmpty()) {
                        list.add(new Entry(e.getKey(), layerRank, f, name, key, key.split(" "), key.replace(" ", "")));
                    }
                }
            }
            layerRank++;
        }
        entries = list.toArray(new Entry[0]);
        rank = new long[entries.length];
        for (int i = 0; i < entries.length; i++) {
            rank[i] = ((long) entries[i].layerRank() << 48)
                    | ((long) Math.min(entries[i].key().length(), 0xffff) << 32) | i;
        }
        byKey = sortedIndices(entries.length, Comparator.comparing(i -> entries[i].key()));
        int wordCount = 0;
        for (Entry e : entries) {
            wordCount += e.words().length;
        }
        String[] w = new String[wordCount];
        int[] we = new int[wordCount];
        for (int i = 0, k = 0; i < entries.length; i++) {
            for (String word : entries[i].words()) {
                w[k] = word;
                we[k++] = i;
            }
        }
        int[] order = sortedIndices(wordCount, Comparator.comparing(i -> w[i]));
        words = new String[wordCount];
        wordEntry = new int[wordCount];
        for (int k = 0; k < wordCount; k++) {
            words[k] = w[order[k]];
            wordEntry[k] = we[order[k]];
        }
        bigrams = bigramIndex(entries);
        keyOrder = new RangeBest(byKey, rank);
        wordOrder = new RangeBest(wordEntry, rank);
    }

    /** The best hits for the query, at most {@code limit}, one per feature. Empty for a blank query. */
    public List<Hit> search(String query, int limit) {
        String q = normalise(query == null ? "" : query);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        Results out = new Results(limit);
        // Keys equal to q, then keys that start with it: two runs of the sorted keys, each taken best first.
        int lo = lowerBound(q, k -> entries[byKey[k]].key(), entries.length);
        int equalEnd = lowerBound(q + '\0', k -> entries[byKey[k]].key(), entries.length);
        int prefixEnd = lowerBound(q + '\uffff', k -> entries[byKey[k]].key(), entries.length);
        keyOrder.takeBest(lo, equalEnd, e -> out.add(e, 100));
        keyOrder.takeBest(equalEnd, prefixEnd, e -> out.add(e, 80));
        int wlo = lowerBound(q, k -> words[k], words.length);
        int whi = lowerBound(q + '\uffff', k -> words[k], words.length);
        wordOrder.takeBest(wlo, whi, e -> entries[e].key().startsWith(q) || out.add(e, 60));
        if (!out.full()) {
            substrings(q, out);
        }
        return out.hits;
    }

    /* Hits in rank order, one per feature, up to the limit. */
    private final class Results {
        private final int limit;
        private final List<Hit> hits = new ArrayList<>();
        private final Set<Feature> seen = new HashSet<>();

        Results(int limit) {
            this.limit = limit;
        }

        /** Adds the entry's feature if new; true while more hits are wanted. */
        boolean add(int entry, int score) {
            Entry e = entries[entry];
            if (!full() && seen.add(e.feature())) {
                hits.add(new Hit(e.layerId(), e.feature(), e.name(), score));
            }
            return !full();
        }

        boolean full() {
            return hits.size() >= limit;
        }
    }

    /* The substring tiers (scores 40 and 30): rarely reached, from the bigram index, then scored and sorted. */
    private void substrings(String q, Results out) {
        String qCompact = q.replace(" ", "");
        List<long[]> scored = new ArrayList<>();
        for (int i : substringCandidates(q, qCompact)) {
            int s = score(entries[i], q, qCompact);
            if (s > 0 && s < 60) {
                scored.add(new long[] {-s, rank[i], i});
            }
        }
        scored.sort(Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]));
        for (long[] a : scored) {
            if (!out.add((int) a[2], (int) -a[0])) {
                return;
            }
        }
    }

    /* Entries whose key may contain q or whose compact key may contain qCompact; score() decides. */
    private int[] substringCandidates(String q, String qCompact) {
        if (qCompact.length() < 2) {
            // One letter: rare and short-lived as the user types; a scan is fine here.
            IntList out = new IntList();
            for (int i = 0; i < entries.length; i++) {
                if (entries[i].key().contains(q)) {
                    out.add(i);
                }
            }
            return out.toArray();
        }
        List<int[]> lists = new ArrayList<>();
        for (int i = 0; i + 1 < qCompact.length(); i++) {
            int[] posting = bigrams.getOrDefault(bigram(qCompact, i), NONE);
            if (posting.length == 0) {
                return NONE;
            }
            lists.add(posting);
        }
        lists.sort(Comparator.comparingInt(a -> a.length));
        int[] result = lists.get(0);
        for (int k = 1; k < lists.size() && result.length > 0; k++) {
            result = intersect(result, lists.get(k));
        }
        return result;
    }

    private static int score(Entry e, String q, String qCompact) {
        String key = e.key();
        if (key.equals(q)) {
            return 100;
        }
        if (key.startsWith(q)) {
            return 80;
        }
        for (String w : e.words()) {
            if (w.startsWith(q)) {
                return 60;
            }
        }
        if (key.contains(q)) {
            return 40;
        }
        if (qCompact.length() >= 2 && e.compact().contains(qCompact)) {
            return 30;
        }
        return 0;
    }

    // ------------------------------------------------------------------ index building blocks

    private static int[] sortedIndices(int n, Comparator<Integer> order) {
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, order);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = boxed[i];
        }
        return out;
    }

    /* First position whose string is >= q: the start of the run of strings that begin with q. */
    private static int lowerBound(String q, IntFunction<String> at, int n) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at.apply(mid).compareTo(q) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int bigram(String s, int i) {
        return (s.charAt(i) << 16) | s.charAt(i + 1);
    }

    private static Map<Integer, int[]> bigramIndex(Entry[] entries) {
        Map<Integer, IntList> lists = new HashMap<>();
        for (int i = 0; i < entries.length; i++) {
            String c = entries[i].compact();
            for (int k = 0; k + 1 < c.length(); k++) {
                IntList l = lists.computeIfAbsent(bigram(c, k), b -> new IntList());
                if (l.size == 0 || l.last() != i) {
                    l.add(i);
                }
            }
        }
        Map<Integer, int[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach((b, l) -> out.put(b, l.toArray()));
        return out;
    }

    /* Both ascending. */
    private static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Yields the entries of a range of positions best rank first, without sorting the range: a segment tree of
     * the best position in each node, and a queue of sub-ranges split at each yielded position. Taking k entries
     * costs O(k log n), however long the range ("s" matches a fifth of all names).
     */
    private static final class RangeBest {
        private final int[] entryAt;
        private final long[] rank;
        private final int n;
        /* Leaves at n..2n-1 hold positions; inner nodes the better of their children. */
        private final int[] tree;

        RangeBest(int[] entryAt, long[] rank) {
            this.entryAt = entryAt;
            this.rank = rank;
            this.n = entryAt.length;
            this.tree = new int[2 * Math.max(1, n)];
            for (int p = 0; p < n; p++) {
                tree[n + p] = p;
            }
            for (int i = n - 1; i > 0; i--) {
                tree[i] = better(tree[2 * i], tree[2 * i + 1]);
            }
        }

        private int better(int p, int r) {
            return p < 0 ? r : r < 0 ? p : rank[entryAt[p]] <= rank[entryAt[r]] ? p : r;
        }

        /* Best position in [lo, hi), or -1 when empty. */
        private int best(int lo, int hi) {
            int b = -1;
            for (int l = lo + n, r = hi + n; l < r; l >>= 1, r >>= 1) {
                if ((l & 1) == 1) {
                    b = better(b, tree[l++]);
                }
                if ((r & 1) == 1) {
                    b = better(b, tree[--r]);
                }
            }
            return b;
        }

        /** Feeds the entries of [lo, hi) to {@code sink}, best first, until it returns false or the range ends. */
        void takeBest(int lo, int hi, IntPredicate sink) {
            if (lo >= hi) {
                return;
            }
            PriorityQueue<int[]> queue = new PriorityQueue<>(Comparator.comparingLong(a -> rank[entryAt[a[0]]]));
            queue.add(new int[] {best(lo, hi), lo, hi});
            while (!queue.isEmpty()) {
                int[] top = queue.poll();
                int p = top[0];
                if (!sink.test(entryAt[p])) {
                    return;
                }
                if (top[1] < p) {
                    queue.add(new int[] {best(top[1], p), top[1], p});
                }
                if (p + 1 < top[2]) {
                    queue.add(new int[] {best(p + 1, top[2]), p + 1, top[2]});
                }
            }
        }
    }

    private static final class IntList {
        private int[] data = new int[4];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int last() {
            return data[size - 1];
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    /** The names a feature can be found by: each name, and each side of "Iturup / Etorofu". */
    static Set<String> namesOf(Feature f) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : f.names().all()) {
            out.add(n.trim());
            if (n.contains("/")) {
                for (String part : n.split("/")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The search key of a name: NFKD without combining marks, lower case, long vowels folded (ō, ou, oo → o;
     * ū, uu → u), island words dropped ("-tō", "-jima", "island", "島", "остров"), punctuation as single spaces.
     */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('й', 'и');
        s = s.replace("島", " ").replace("諸", " ");
        s = s.replace("ou", "o").replace("oo", "o").replace("uu", "u").replace("oh", "o");
        s = LATIN_SUFFIX.matcher(s).replaceAll(" ");
        s = NON_WORD.matcher(s).replaceAll(" ").trim();
        s = RU_ISLAND.matcher(s).replaceAll(" ");
        s = RU_ISLAND.matcher(s).replaceAll(" ");
        return s.replaceAll("\\s+", " ").trim();
    }
}

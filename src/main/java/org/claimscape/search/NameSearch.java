package org.claimscape.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;

/**
 * Finds features by any of their names (English, romaji, Japanese, Russian), tolerant of case, diacritics,
 * long-vowel spellings and "island" suffixes: "Etorofu", "Etorofu-tō", "択捉" and "Итуруп" all find Iturup.
 *
 * <p>Ranks exact name matches first, then prefixes, then word prefixes, then substrings; ties go to the layer
 * listed first, then the shorter name. Immutable and thread-safe once built; building is linear in the names.
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

    private record Entry(String layerId, int layerRank, Feature feature, String name, String key, String[] words,
                         String compact) {
    }

    private final List<Entry> entries = new ArrayList<>();

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
        int rank = 0;
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
                        entries.add(new Entry(e.getKey(), rank, f, name, key, key.split(" "), key.replace(" ", "")));
                    }
                }
            }
            rank++;
        }
    }

    /** The best hits for the query, at most {@code limit}, one per feature. Empty for a blank query. */
    public List<Hit> search(String query, int limit) {
        String q = normalise(query == null ? "" : query);
        if (q.isEmpty()) {
            return List.of();
        }
        String qCompact = q.replace(" ", "");
        List<Entry> matched = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        for (Entry e : entries) {
            int s = score(e, q, qCompact);
            if (s > 0) {
                matched.add(e);
                scores.add(s);
            }
        }
        Integer[] order = new Integer[matched.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -scores.get(i))
                .thenComparingInt(i -> matched.get(i).layerRank())
                .thenComparingInt(i -> matched.get(i).key().length()));
        List<Hit> out = new ArrayList<>();
        Set<Feature> seen = new java.util.HashSet<>();
        for (Integer i : order) {
            Entry e = matched.get(i);
            if (seen.add(e.feature())) {
                out.add(new Hit(e.layerId(), e.feature(), e.name(), scores.get(i)));
                if (out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
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

package org.claimscape.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscape.model.Source;

/**
 * The sources one document cites, each once, numbered in the order the document first cites them: the footers of
 * its pages cite these numbers and its "Sources" annex lists them in full.
 *
 * <p>A feature's {@code source} text may hold several citations, {@code "[S45] title; [S46] title; free text"}
 * (data/SOURCES.md, "Property schema"). A keyed citation is the same source wherever it appears; its URLs come
 * from the source key, else from the feature's {@code source_url}, which belongs to the first keyed citation (or to
 * the free text when there is no key). Free text is one source per distinct text.
 *
 * <p>One instance per document; not thread-safe.
 */
final class SourceList {

    /**
     * A numbered source.
     *
     * @param number its number in the document, from 1
     * @param key    the data's source key ("S45"), or null for free text
     * @param text   the citation: outlet or author, title, date as the data gives them
     * @param urls   where it can be read, possibly none
     */
    record Citation(int number, String key, String text, List<String> urls) {

        Citation {
            urls = List.copyOf(urls);
        }

        /** "[12]". */
        String label() {
            return "[" + number + "]";
        }

        /** The citation with its URLs. */
        String full() {
            return urls.isEmpty() ? text : text + " " + String.join(" ", urls);
        }
    }

    /* One citation of a source text, before numbering. */
    record Part(String key, String text, String url) {
    }

    /** An entry of the data's source key: the title as the key gives it, and its URLs. */
    record KeyEntry(String title, List<String> urls) {

        KeyEntry {
            urls = List.copyOf(urls);
        }
    }

    private static final Pattern KEY = Pattern.compile("^\\[(S\\d+)\\]\\s*");
    private static final Pattern INLINE_KEY = Pattern.compile("\\[(S\\d+)\\]");
    /* The key's notes on a replaced copy ("(was a kiwix mirror)", "; was hubbry, a content farm"). */
    private static final Pattern WAS_NOTE = Pattern.compile("\\s*\\(was [^()]*\\)|;\\s*was [^()]*(?=\\))");
    private static final Pattern KEY_ROW = Pattern.compile("^\\| (S\\d+) \\| (.+?) \\| (.+?) \\|\\s*$");
    private static final Pattern URL = Pattern.compile("https?://[^\\s;|]+");
    private static final String KEY_RESOURCE = "/data/SOURCES.md";

    private final Map<String, KeyEntry> key;
    private final Map<String, Citation> byId = new LinkedHashMap<>();
    private String annexPlace;
    private boolean annexNeeded;

    /** A list resolving keyed citations with the given source key ("S45" to its entry). */
    SourceList(Map<String, KeyEntry> key) {
        this.key = Map.copyOf(key);
    }

    /** A list resolving keys with the source key bundled with the data (data/SOURCES.md). */
    static SourceList withBundledKey() {
        return new SourceList(BundledKey.KEY);
    }

    private static final class BundledKey {
        static final Map<String, KeyEntry> KEY = readKey();
    }

    private static Map<String, KeyEntry> readKey() {
        try (InputStream in = SourceList.class.getResourceAsStream(KEY_RESOURCE)) {
            return in == null ? Map.of() : parseKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + KEY_RESOURCE, e);
        }
    }

    /** The entries of a Markdown table with rows {@code | S01 | title | URL |} (several URLs allowed). */
    static Map<String, KeyEntry> parseKey(String markdown) {
        Map<String, KeyEntry> out = new HashMap<>();
        for (String line : markdown.split("\n")) {
            Matcher m = KEY_ROW.matcher(line);
            if (m.matches()) {
                List<String> urls = new ArrayList<>();
                Matcher u = URL.matcher(m.group(3));
                while (u.find()) {
                    urls.add(u.group());
                }
                out.put(m.group(1), new KeyEntry(m.group(2).strip(), urls));
            }
        }
        return out;
    }

    /**
     * The citations in a source: split at each {@code "; "} outside brackets and quotes that starts a keyed
     * citation or ends one; free text between semicolons stays one citation
     * ({@code Wikipedia article titles: en "Sea of Japan"; ja 「日本海」}).
     */
    static List<Part> parse(Source source) {
        List<Part> parts = new ArrayList<>();
        String text = source.text() == null ? "" : source.text().strip();
        if (text.isEmpty()) {
            if (source.url() != null && !source.url().isBlank()) {
                parts.add(new Part(null, source.url().strip(), source.url().strip()));
            }
            return parts;
        }
        List<String> pieces = splitAtSemicolons(text);
        List<String[]> merged = new ArrayList<>();
        for (String piece : pieces) {
            Matcher m = KEY.matcher(piece);
            String key = m.find() ? m.group(1) : null;
            String[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (key == null && last != null && last[0] == null) {
                last[1] = last[1] + "; " + piece;
            } else {
                merged.add(new String[] {key, key == null ? piece : piece.substring(m.end())});
            }
        }
        boolean anyKey = merged.stream().anyMatch(p -> p[0] != null);
        String url = source.url() == null || source.url().isBlank() ? null : source.url().strip();
        boolean urlUsed = false;
        for (String[] p : merged) {
            String partUrl = null;
            if (url != null && !urlUsed && (p[0] != null || !anyKey)) {
                partUrl = url;
                urlUsed = true;
            }
            parts.add(new Part(p[0], p[1].strip(), partUrl));
        }
        return parts;
    }

    /* Splits at "; " not inside (), [], «», 「」 or double quotes. */
    private static List<String> splitAtSemicolons(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '(', '[', '«', '「', '“' -> depth++;
                case ')', ']', '»', '」', '”' -> depth = Math.max(0, depth - 1);
                case '"' -> quoted = !quoted;
                case ';' -> {
                    if (depth == 0 && !quoted && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                        out.add(text.substring(start, i).strip());
                        start = i + 2;
                    }
                }
                default -> {
                }
            }
        }
        out.add(text.substring(start).strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    /**
     * Cites the sources: numbers those not cited before (keyed sources by key, then free text alphabetically, so
     * the numbering does not depend on the order of features) and returns the citations of these sources, by number.
     */
    List<Citation> cite(Collection<Source> sources) {
        Map<String, Part> fresh = new HashMap<>();
        Map<String, Citation> cited = new LinkedHashMap<>();
        for (Source s : sources) {
            for (Part p : parse(s)) {
                String id = id(p);
                Citation c = byId.get(id);
                if (c != null) {
                    cited.put(id, c);
                } else {
                    Part known = fresh.get(id);
                    if (known == null || (known.url() == null && p.url() != null)) {
                        fresh.put(id, p);
                    }
                }
            }
        }
        List<Map.Entry<String, Part>> order = new ArrayList<>(fresh.entrySet());
        order.sort(Comparator.comparing((Map.Entry<String, Part> e) -> e.getValue().key() == null)
                .thenComparingInt(e -> keyNumber(e.getValue().key()))
                .thenComparing(e -> e.getValue().text()));
        for (Map.Entry<String, Part> e : order) {
            Part p = e.getValue();
            List<String> urls = p.key() == null || !key.containsKey(p.key()) ? null : key.get(p.key()).urls();
            if (urls == null || urls.isEmpty()) {
                urls = p.url() == null ? List.of() : List.of(p.url());
            }
            Citation c = new Citation(byId.size() + 1, p.key(), p.text(), urls);
            byId.put(e.getKey(), c);
            cited.put(e.getKey(), c);
        }
        List<Citation> out = new ArrayList<>(cited.values());
        out.sort(Comparator.comparingInt(Citation::number));
        return out;
    }

    /**
     * The text with each inline key ({@code [S58]}, as in the data's notes) replaced by the source's number in this
     * document, citing it from the source key if the document did not yet; a key the source key lacks stays.
     */
    String renumber(String text) {
        Matcher m = INLINE_KEY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String k = m.group(1);
            Citation c = byId.get(k);
            if (c == null && key.containsKey(k)) {
                KeyEntry e = key.get(k);
                c = new Citation(byId.size() + 1, k, WAS_NOTE.matcher(e.title()).replaceAll(""), e.urls());
                byId.put(k, c);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(c == null ? m.group() : c.label()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String id(Part p) {
        return p.key() != null ? p.key() : "text:" + p.text().replaceAll("\\s+", " ");
    }

    private static int keyNumber(String key) {
        return key == null ? 0 : Integer.parseInt(key.substring(1));
    }

    /** Every source cited so far, by number. */
    List<Citation> all() {
        return List.copyOf(byId.values());
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    /**
     * The numbers, compactly: runs of three or more as a range ({@code [1]–[4], [7], [9], [10]}).
     */
    static String numbers(List<Citation> citations) {
        List<Integer> n = citations.stream().map(Citation::number).sorted().distinct().toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n.size(); ) {
            int j = i;
            while (j + 1 < n.size() && n.get(j + 1) == n.get(j) + 1) {
                j++;
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            if (j - i >= 2) {
                out.append('[').append(n.get(i)).append("]–[").append(n.get(j)).append(']');
                i = j + 1;
            } else {
                out.append('[').append(n.get(i)).append(']');
                i++;
            }
        }
        return out.toString();
    }

    /** Where the document prints its Sources annex ("page 9", "brief-sources.png"), or null when unknown. */
    String annexPlace() {
        return annexPlace;
    }

    void setAnnexPlace(String place) {
        this.annexPlace = place;
    }

    /** True once a page cited sources by number only, so the document must carry the annex. */
    boolean annexNeeded() {
        return annexNeeded;
    }

    void requireAnnex() {
        this.annexNeeded = true;
    }
}

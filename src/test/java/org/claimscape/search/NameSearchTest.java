package org.claimscape.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class NameSearchTest {

    private static final GeometryFactory GF = new GeometryFactory();

    private static Feature point(String id, double lon, double lat, String en, String ja, String ru, String jaLatn) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name_en", en);
        p.put("name_ja", ja);
        p.put("name_ru", ru);
        if (jaLatn != null) {
            p.put("name_ja_latn", jaLatn);
        }
        return new Feature(id, GF.createPoint(new Coordinate(lon, lat)), p);
    }

    private final NameSearch search = new NameSearch(new LinkedHashMap<>(Map.of(
            "islands", new Layer("islands", "Islands", List.of(
                    point("iturup", 147.9, 45.0, "Iturup / Etorofu", "択捉島", "Итуруп", "Etorofu-tō"),
                    point("kunashir", 145.9, 44.1, "Kunashir / Kunashiri", "国後島", "Кунашир", "Kunashiri-tō"),
                    point("shikotan", 146.7, 43.8, "Shikotan", "色丹島", "Шикотан", "Shikotan-tō"))),
            "places", new Layer("places", "Places", List.of(
                    point("kurilsk", 147.87, 45.23, "Kurilsk / Shana", "紗那", "Курильск", "Shana"))))));

    @Test
    void findsIturupByEveryScriptAndSpelling() {
        for (String q : List.of("Etorofu", "etorofu-to", "Etorofu-tō", "ETOROFU TOU", "択捉", "択捉島", "Итуруп",
                "итуруп", "остров Итуруп", "Iturup", "itu")) {
            List<NameSearch.Hit> hits = search.search(q, 5);
            assertThat(hits).as(q).isNotEmpty();
            assertThat(hits.get(0).feature().id()).as(q).isEqualTo("iturup");
        }
    }

    @Test
    void ranksPrefixAboveSubstring() {
        List<NameSearch.Hit> hits = search.search("kuril", 5);
        assertThat(hits).extracting(h -> h.feature().id()).containsExactly("kurilsk");
        assertThat(search.search("shi", 5).get(0).feature().id()).isEqualTo("shikotan");
    }

    @Test
    void blankQueryFindsNothing() {
        assertThat(search.search("  ", 5)).isEmpty();
        assertThat(search.search("zzzz", 5)).isEmpty();
    }

    @Test
    void normaliseFoldsLongVowelsAndIslandWords() {
        assertThat(NameSearch.normalise("Etorofu-tō")).isEqualTo("etorofu");
        assertThat(NameSearch.normalise("Kunashiri Island")).isEqualTo("kunashiri");
        assertThat(NameSearch.normalise("Tōkyō")).isEqualTo(NameSearch.normalise("Toukyou"));
        assertThat(NameSearch.normalise("остров Итуруп")).isEqualTo("итуруп");
        assertThat(NameSearch.normalise("択捉島")).isEqualTo("択捉");
    }

    /* The index must answer exactly as scanning every name does: same features, same order, same scores. */
    @Test
    void indexAnswersAsAScanOfEveryName() {
        Random random = new Random(42);
        String[] syllables = {"shi", "ko", "tan", "e", "to", "ro", "fu", "ku", "na", "ri", "ит", "уру", "п", "択", "捉",
            "島", " ", "-", "ō", "1", "2"};
        Map<String, Layer> layers = new LinkedHashMap<>();
        for (int l = 0; l < 3; l++) {
            List<Feature> features = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                features.add(point("f" + l + "-" + i, 146, 44, word(random, syllables), word(random, syllables),
                        word(random, syllables), random.nextBoolean() ? word(random, syllables) : null));
            }
            layers.put("layer" + l, new Layer("layer" + l, "Layer " + l, features));
        }
        NameSearch indexed = new NameSearch(layers);
        List<Named> names = names(layers);
        for (int k = 0; k < 1000; k++) {
            String query = random.nextInt(4) == 0 ? word(random, syllables).substring(0, 1) : word(random, syllables);
            int limit = 1 + random.nextInt(12);
            assertThat(describe(indexed.search(query, limit)))
                    .as("query '%s', limit %d", query, limit)
                    .isEqualTo(describe(scan(names, query, limit)));
        }
    }

    private static String word(Random random, String[] syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            sb.append(syllables[random.nextInt(syllables.length)]);
        }
        return sb.toString();
    }

    private static List<String> describe(List<NameSearch.Hit> hits) {
        return hits.stream().map(h -> h.layerId() + "/" + h.feature().id() + "/" + h.matchedName() + "/" + h.score())
                .toList();
    }

    /* The reference: score every name, sort by score, layer, key length, then index order; one hit per feature. */
    private record Named(String layer, int rank, Feature f, String name, String key) {
    }

    private static List<Named> names(Map<String, Layer> layers) {
        List<Named> all = new ArrayList<>();
        int rank = 0;
        for (Map.Entry<String, Layer> e : layers.entrySet()) {
            for (Feature f : e.getValue().features()) {
                for (String name : NameSearch.namesOf(f)) {
                    String key = NameSearch.normalise(name);
                    if (!key.isEmpty()) {
                        all.add(new Named(e.getKey(), rank, f, name, key));
                    }
                }
            }
            rank++;
        }
        return all;
    }

    private static List<NameSearch.Hit> scan(List<Named> names, String query, int limit) {
        String q = NameSearch.normalise(query);
        if (q.isEmpty()) {
            return List.of();
        }
        String qc = q.replace(" ", "");
        record Scored(Named n, int score, int index) {
        }
        List<Scored> all = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String key = names.get(i).key();
            int s = key.equals(q) ? 100 : key.startsWith(q) ? 80
                    : Arrays.stream(key.split(" ")).anyMatch(w -> w.startsWith(q)) ? 60
                    : key.contains(q) ? 40 : qc.length() >= 2 && key.replace(" ", "").contains(qc) ? 30 : 0;
            if (s > 0) {
                all.add(new Scored(names.get(i), s, i));
            }
        }
        all.sort(Comparator.comparingInt((Scored x) -> -x.score()).thenComparingInt(x -> x.n().rank())
                .thenComparingInt(x -> x.n().key().length()).thenComparingInt(Scored::index));
        List<NameSearch.Hit> out = new ArrayList<>();
        Set<Feature> seen = new HashSet<>();
        for (Scored x : all) {
            if (out.size() < limit && seen.add(x.n().f())) {
                out.add(new NameSearch.Hit(x.n().layer(), x.n().f(), x.n().name(), x.score()));
            }
        }
        return out;
    }
}

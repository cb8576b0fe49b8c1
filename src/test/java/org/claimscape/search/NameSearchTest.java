package org.claimscape.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
}

package org.claimscape.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class LayerTest {

    private final WKTReader wkt = new WKTReader();

    @Test
    void boundsCoverEveryGeometryAndSkipNullOnes() throws ParseException {
        Layer layer = new Layer("t", "Test", List.of(
                feature("a", "POINT (145.8556 44.0306)", Map.of()),
                feature("b", "LINESTRING (147 45, 148 46)", Map.of()),
                new Feature("c", null, Map.of())));
        assertThat(layer.bounds()).isEqualTo(new Envelope(145.8556, 148, 44.0306, 46));
        assertThat(layer.vertexCount()).isEqualTo(3);
        assertThat(layer.geometryTypes()).containsExactly("LineString", "Point", "null");
    }

    @Test
    void indexFindsOnlyFeaturesNearTheQuery() throws ParseException {
        Layer layer = new Layer("t", "Test", List.of(
                feature("kurilsk", "POINT (147.8856 45.2269)", Map.of()),
                feature("yuzhno", "POINT (145.8556 44.0306)", Map.of())));
        assertThat(layer.query(new Envelope(147.8, 148, 45.2, 45.3))).extracting(Feature::id).containsExactly("kurilsk");
        assertThat(layer.query(new Envelope(0, 1, 0, 1))).isEmpty();
    }

    @Test
    void filtersByDateWithInclusiveEnds() throws ParseException {
        Layer layer = new Layer("t", "Test", List.of(
                feature("shimoda", "POINT (149 45.5)", Map.of("valid_from", "1855-02-07", "valid_to", "1875-08-22")),
                feature("always", "POINT (149 45.5)", Map.of())));
        assertThat(layer.featuresAt(LocalDate.of(1855, 2, 6))).extracting(Feature::id).containsExactly("always");
        assertThat(layer.featuresAt(LocalDate.of(1855, 2, 7))).extracting(Feature::id).containsExactly("shimoda", "always");
        assertThat(layer.featuresAt(LocalDate.of(1875, 8, 22))).extracting(Feature::id).containsExactly("shimoda", "always");
        assertThat(layer.featuresAt(LocalDate.of(1875, 8, 23))).extracting(Feature::id).containsExactly("always");
        assertThat(layer.featuresAt(null)).hasSize(2);
        assertThat(layer.timeSpan()).isEqualTo(TimeSpan.ALWAYS);
    }

    @Test
    void timeSpanRejectsReversedDatesAndReadsPartialDates() {
        assertThatThrownBy(() -> new TimeSpan(LocalDate.of(1900, 1, 2), LocalDate.of(1900, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Feature.parseDate("1945")).isEqualTo(LocalDate.of(1945, 1, 1));
        assertThat(Feature.parseDate("1945-09")).isEqualTo(LocalDate.of(1945, 9, 1));
        assertThat(Feature.parseDate("early 1945")).isNull();
    }

    @Test
    void namesFollowTheViewpoint() {
        Names n = new Names("Iturup / Etorofu", "択捉島", "Итуруп", "Etorofu");
        assertThat(n.label(Viewpoint.NEUTRAL)).isEqualTo("Iturup / Etorofu");
        assertThat(n.label(Viewpoint.JAPANESE)).isEqualTo("択捉島");
        assertThat(n.label(Viewpoint.RUSSIAN)).isEqualTo("Итуруп");
        assertThat(n.nativeLabel(Viewpoint.JAPANESE)).isEqualTo("択捉島");
        assertThat(n.nativeLabel(Viewpoint.RUSSIAN)).isEqualTo("Итуруп");
        assertThat(new Names(null, "根室", null, null).label(Viewpoint.RUSSIAN)).isEqualTo("根室");
        assertThat(Viewpoint.parse("JA")).contains(Viewpoint.JAPANESE);
        assertThat(Viewpoint.JAPANESE.islandGroupName()).isEqualTo("Northern Territories");
    }

    @Test
    void featureIsImmutable() throws ParseException {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name_en", "Kurilsk");
        Feature f = feature("k", "POINT (147.8856 45.2269)", props);
        props.put("name_en", "changed");
        assertThat(f.names().en()).isEqualTo("Kurilsk");
        assertThatThrownBy(() -> f.properties().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    private Feature feature(String id, String geometry, Map<String, Object> props) throws ParseException {
        return new Feature(id, wkt.read(geometry), props);
    }
}

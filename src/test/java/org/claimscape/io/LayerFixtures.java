package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Layers for the format tests: every geometry type the formats share, with properties of every value type. */
public final class LayerFixtures {

    private LayerFixtures() {
    }

    public static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Map<String, Object> props(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** Points with text (Japanese and Cyrillic too), whole numbers, decimals and booleans. */
    public static Layer points() {
        return new Layer("sites", "Sites", List.of(
                new Feature("yuzhno", wkt("POINT (145.8611 44.0306)"), props("name_en", "Yuzhno-Kurilsk",
                        "name_ja", "古釜布", "name_ru", "Южно-Курильск", "population", 7000L, "elevation", 12.5,
                        "port", true)),
                new Feature("kurilsk", wkt("POINT (147.8703 45.2269)"), props("name_en", "Kurilsk",
                        "name_ja", "紗那", "name_ru", "Курильск", "population", 1600L, "elevation", 3.25,
                        "port", false)),
                new Feature("malokurilskoye", wkt("POINT (146.8297 43.8694)"), props("name_en",
                        "Malokurilskoye, \"Shikotan\"", "name_ja", "斜古丹", "name_ru", "Малокурильское",
                        "population", 1800L, "elevation", 0.5, "port", true))));
    }

    /** A polygon with a hole, a multipolygon and a line: what KML, GeoPackage and CSV's WKT all keep. */
    public static Layer shapes() {
        return new Layer("shapes", "Shapes", List.of(
                new Feature("ring", wkt("POLYGON ((145 43, 146 43, 146 44, 145 44, 145 43), "
                        + "(145.2 43.2, 145.2 43.4, 145.4 43.4, 145.4 43.2, 145.2 43.2))"),
                        props("name_en", "Ring", "kind", "polygon")),
                new Feature("pair", wkt("MULTIPOLYGON (((147 45, 147.5 45, 147.5 45.5, 147 45.5, 147 45)), "
                        + "((148 45, 148.5 45, 148.5 45.5, 148 45)))"), props("name_en", "Pair", "kind",
                        "multipolygon")),
                new Feature("line", wkt("LINESTRING (145.5 43.5, 146.5 44.5, 147.5 44.75)"),
                        props("name_en", "Line", "kind", "line"))));
    }

    /** Many points, for the tests that a format streams: made as they are asked for. */
    public static Layer manyPoints(int n) {
        List<Feature> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lon = 139 + (i % 1800) / 100.0;
            double lat = 41 + (i / 1800 % 1100) / 100.0;
            out.add(new Feature((long) i, new org.locationtech.jts.geom.GeometryFactory().createPoint(
                    new org.locationtech.jts.geom.Coordinate(lon, lat)), Map.of("n", (long) i)));
        }
        return new Layer("many", "Many", out);
    }

    /** The geometries are equal as shapes (ring starts and orientation may differ) and in order. */
    public static void assertSameShapes(List<Feature> actual, List<Feature> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Geometry a = actual.get(i).geometry();
            Geometry e = expected.get(i).geometry();
            assertThat(a.getDimension()).isEqualTo(e.getDimension());
            assertThat(a.norm().equalsExact(e.norm(), 1e-9) || a.equalsTopo(e))
                    .as("feature %d: %s vs %s", i, a, e).isTrue();
        }
    }
}

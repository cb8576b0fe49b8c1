package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** Simplified shapes kept in a store are read back by a later layer of the same data instead of simplified again. */
class SimplifiedLayerStoreTest {

    private final Map<String, byte[]> saved = new ConcurrentHashMap<>();
    private final SimplifiedLayer.Store store = new SimplifiedLayer.Store() {
        @Override
        public byte[] read(String key) {
            return saved.get(key);
        }

        @Override
        public void write(String key, byte[] data) {
            saved.put(key, data);
        }
    };

    @AfterEach
    void noStore() {
        SimplifiedLayer.useStore(null);
    }

    /* A wiggly island (2,000 vertices), a coast line (600 vertices) and a point, as read from a file. */
    private static Layer layer(double shift) {
        List<Feature> features = new ArrayList<>();
        Coordinate[] ring = new Coordinate[2001];
        for (int i = 0; i < 2000; i++) {
            double a = 2 * Math.PI * i / 2000;
            double r = 0.5 + 0.02 * Math.sin(37 * a) + 0.005 * Math.cos(211 * a);
            ring[i] = new Coordinate(146 + r * Math.cos(a) + shift, 44 + r * Math.sin(a));
        }
        ring[2000] = ring[0];
        features.add(new Feature("island", GeoJsonFixtures.GF.createPolygon(ring), Map.of("name", "Island")));
        Coordinate[] line = new Coordinate[600];
        for (int i = 0; i < 600; i++) {
            line[i] = new Coordinate(144 + i * 0.005, 43 + 0.01 * Math.sin(i * 0.7));
        }
        features.add(new Feature("coast", GeoJsonFixtures.GF.createLineString(line), Map.of()));
        features.add(GeoJsonFixtures.wkt("site", "POINT (145.5 43.5)"));
        return new Layer("test-islands", "Test", features);
    }

    @Test
    void aLaterLayerOfTheSameDataReadsTheShapesInsteadOfSimplifying() {
        SimplifiedLayer.useStore(store);
        Layer first = layer(0);
        SimplifiedLayer a = SimplifiedLayer.of(first);
        a.prepare(first.features(), 7, () -> false);
        SimplifiedLayer.saveChanges();
        assertThat(ours()).singleElement().asString().matches("test-islands-[0-9a-f]{20}/7");

        Layer again = layer(0);
        long before = SimplifiedLayer.simplifications();
        SimplifiedLayer b = SimplifiedLayer.of(again);
        for (int i = 0; i < again.size(); i++) {
            ProjectedShape read = b.shape(again.features().get(i), 7);
            ProjectedShape made = a.shape(first.features().get(i), 7);
            assertThat(read.vertices).isEqualTo(made.vertices);
            assertThat(coordinates(read)).containsExactly(coordinates(made).toArray(Double[]::new));
            assertThat(read.labelPoint).isEqualTo(made.labelPoint);
        }
        assertThat(SimplifiedLayer.simplifications()).isEqualTo(before);
        assertThat(b.vertices(again.features().get(0), 7)).isLessThan(2000);
    }

    @Test
    void changedDataIsSimplifiedAgainUnderANewKey() {
        SimplifiedLayer.useStore(store);
        Layer first = layer(0);
        SimplifiedLayer.of(first).prepare(first.features(), 7, () -> false);
        SimplifiedLayer.saveChanges();
        Layer moved = layer(0.001);
        long before = SimplifiedLayer.simplifications();
        SimplifiedLayer.of(moved).prepare(moved.features(), 7, () -> false);
        assertThat(SimplifiedLayer.simplifications()).isGreaterThan(before);
        SimplifiedLayer.saveChanges();
        assertThat(ours()).hasSize(2);
    }

    @Test
    void unreadableStoredShapesAreSimplifiedAgain() {
        SimplifiedLayer.useStore(store);
        Layer first = layer(0);
        SimplifiedLayer.of(first).prepare(first.features(), 7, () -> false);
        SimplifiedLayer.saveChanges();
        String key = ours().get(0);
        byte[] data = saved.get(key);
        saved.put(key, Arrays.copyOf(data, data.length / 2));

        Layer again = layer(0);
        long before = SimplifiedLayer.simplifications();
        SimplifiedLayer b = SimplifiedLayer.of(again);
        assertThat(b.vertices(again.features().get(0), 7)).isBetween(10, 1999);
        assertThat(SimplifiedLayer.simplifications()).isGreaterThan(before);
    }

    @Test
    void withoutAStoreNothingIsKept() {
        Layer first = layer(0);
        SimplifiedLayer.of(first).prepare(first.features(), 7, () -> false);
        SimplifiedLayer.saveChanges();
        assertThat(ours()).isEmpty();
    }

    /* Keys of this test's layers (other tests' layers in this JVM may be saved too once a store is set). */
    private List<String> ours() {
        return saved.keySet().stream().filter(k -> k.startsWith("test-islands-")).sorted().toList();
    }

    private static List<Double> coordinates(ProjectedShape s) {
        List<Double> out = new ArrayList<>();
        for (Path2D.Double p : new Path2D.Double[] {s.area, s.line}) {
            if (p == null) {
                out.add(Double.NaN);
                continue;
            }
            double[] c = new double[6];
            for (PathIterator it = p.getPathIterator(null); !it.isDone(); it.next()) {
                int type = it.currentSegment(c);
                out.add((double) type);
                if (type != PathIterator.SEG_CLOSE) {
                    out.add(c[0]);
                    out.add(c[1]);
                }
            }
        }
        for (double d : s.points) {
            out.add(d);
        }
        return out;
    }
}

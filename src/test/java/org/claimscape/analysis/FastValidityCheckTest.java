package org.claimscape.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.claimscape.io.GeoJsonLayerReader;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.model.Feature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * The quick validity proof may only say "valid" where JTS IsValidOp says valid (it answers "don't know"
 * otherwise, and the reader then asks IsValidOp): checked on hand-made degenerate cases, on thousands of random
 * polygons on a coarse grid (where touching, collinear and overlapping segments are common), and on the bundled
 * data, which it must prove valid by itself (or the reader would be as slow as before).
 */
class FastValidityCheckTest {

    private static final GeometryFactory PACKED = new GeometryFactory(new PrecisionModel(), 4326,
            PackedCoordinateSequenceFactory.DOUBLE_FACTORY);
    private static final WKTReader WKT = new WKTReader(PACKED);

    private final FastValidityCheck check = new FastValidityCheck();

    /** Valid, and simple enough that the quick check must prove it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))",
        "POLYGON ((0 0, 1 0, 0 1, 0 0))",
        "POLYGON ((0 0, 4 0, 4 4, 2 1, 0 4, 0 0))",
        "POLYGON ((0 0, 1 0, 2 0, 3 0, 3 3, 0 3, 0 2, 0 1, 0 0))",
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1), (5 5, 6 5, 6 6, 5 6, 5 5))",
        "POLYGON Z ((0 0 5, 1 0 5, 1 1 7, 0 1 5, 0 0 5))",
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((2 2, 3 2, 3 3, 2 3, 2 2)))",
        // an island in the bay of a C-shaped shell: envelope covered, but outside
        "MULTIPOLYGON (((0 0, 10 0, 10 2, 2 2, 2 8, 10 8, 10 10, 0 10, 0 0)), ((5 4, 6 4, 6 5, 5 5, 5 4)))",
        // a hole in the bay-like part of a hole's envelope
        "POLYGON ((0 0, 20 0, 20 20, 0 20, 0 0), (1 1, 10 1, 10 3, 3 3, 3 8, 10 8, 10 10, 1 10, 1 1),"
                + " (6 5, 7 5, 7 6, 6 6, 6 5))",
        "POLYGON ((146.1 43.2, 146.25 43.21, 146.3 43.4, 146.12 43.35, 146.1 43.2))",
    })
    void provesSimpleValidPolygons(String wkt) throws ParseException {
        Geometry g = WKT.read(wkt);
        assertThat(IsValidOp.isValid(g)).as("JTS").isTrue();
        assertThat(check.provesValid(g)).isTrue();
    }

    /** Invalid in JTS, or valid only in ways the quick check leaves to IsValidOp: never proved here. */
    @ParameterizedTest
    @ValueSource(strings = {
        "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))", // bow-tie
        "POLYGON ((0 0, 4 0, 4 4, 2 0, 0 4, 0 0))", // touches itself at a vertex on a segment
        "POLYGON ((0 0, 2 0, 2 2, 1 0, 0 2, 0 0))", // the same through a vertex inside a segment
        "POLYGON ((0 0, 4 0, 2 2, 4 4, 0 4, 2 2, 0 0))", // figure eight: a vertex visited twice
        "POLYGON ((0 0, 4 0, 2 0, 2 2, 0 0))", // folds back along its first segment
        "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 -2, 0 0))", // the last segment folds back over the first
        "POLYGON ((1 0, 2 0, 2 2, 3 0, 1 0))", // folds back at the closing vertex
        "POLYGON ((1 0, 2 0, 2 2, 0 0, 1 0, 1 0))", // a repeated closing point
        "POLYGON ((0 0, 1 0, 2 0, 0 0))", // no area: collinear
        "POLYGON ((0 0, 1 1, 0 0, 1 1, 0 0))", // too few distinct points
        "POLYGON ((0 0, 1 0, 1 0, 1 1, 0 1, 0 0))", // a repeated point (valid, left to IsValidOp)
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (20 20, 21 20, 21 21, 20 20))", // hole outside
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (5 5, 15 5, 15 6, 5 5))", // hole crosses the shell
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (0 5, 5 4, 5 6, 0 5))", // hole touches the shell (valid)
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (0 0, 5 4, 5 6, 0 0))", // hole touches at a shell vertex (valid)
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 9 1, 9 9, 1 9, 1 1), (2 2, 3 2, 3 3, 2 2))", // nested holes
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 5 1, 5 5, 1 1), (5 1, 9 1, 5 5, 5 1))", // holes touch twice
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 5 1, 5 5, 1 1), (5 5, 9 5, 9 9, 5 5))", // touch once (valid)
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 4 1, 4 4, 1 1), (1 1, 4 1, 4 4, 1 1))", // same hole twice
        "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((2 2, 3 2, 3 3, 2 3, 2 2)))", // nested shells
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((1 0, 2 0, 2 1, 1 1, 1 0)))", // shared edge
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((1 1, 2 1, 2 2, 1 2, 1 1)))", // touch at a point (valid)
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((0 0, 1 0, 1 1, 0 1, 0 0)))", // the same part twice
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((0.5 0.5, 2 0.5, 2 2, 0.5 0.5)))", // overlapping parts
        // a shell in another polygon's hole (valid, left to IsValidOp)
        "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 9 1, 9 9, 1 9, 1 1)), ((4 4, 5 4, 5 5, 4 4)))",
        "GEOMETRYCOLLECTION (POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0)))", // not a (multi)polygon: left to IsValidOp
        "POLYGON EMPTY",
    })
    void leavesInvalidAndSpecialCasesToIsValidOp(String wkt) throws ParseException {
        Geometry g = WKT.read(wkt);
        assertThat(check.provesValid(g)).isFalse();
    }

    @Test
    void nonFiniteCoordinatesAreLeftToIsValidOp() {
        Coordinate[] ring = {new Coordinate(0, 0), new Coordinate(1, 0), new Coordinate(Double.NaN, 1),
            new Coordinate(0, 0)};
        Polygon p = PACKED.createPolygon(ring);
        assertThat(check.provesValid(p)).isFalse();
        assertThat(IsValidOp.isValid(p)).isFalse();
    }

    /**
     * Random polygons, holes and multipolygons on a 6 × 6 grid, so that most are degenerate in some way; the
     * check may only prove what IsValidOp accepts. The seed is fixed: a failure repeats.
     */
    @Test
    void neverProvesWhatIsValidOpRejects() {
        Random rnd = new Random(20261128);
        int proved = 0;
        int jtsValid = 0;
        for (int n = 0; n < 30_000; n++) {
            Geometry g = randomGeometry(rnd, 6);
            boolean valid = new IsValidOp(g).isValid();
            boolean quick = check.provesValid(g);
            if (quick) {
                assertThat(valid).as("proved valid but IsValidOp says %s: %s", new IsValidOp(g).getValidationError(),
                        g).isTrue();
                proved++;
            }
            if (valid) {
                jtsValid++;
            }
        }
        // Enough of both kinds for the test to mean something.
        assertThat(jtsValid).isGreaterThan(1000);
        assertThat(proved).isGreaterThan(jtsValid / 3);
    }

    /** Star-shaped rings with random radii (simple by construction), some with a hole: all must be proved. */
    @Test
    void provesRandomSimplePolygons() {
        Random rnd = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            boolean hole = rnd.nextBoolean();
            // With a hole, 8 vertices or more keep every shell edge farther than 0.4 from the centre.
            int k = (hole ? 8 : 3) + rnd.nextInt(200);
            double cx = 140 + rnd.nextDouble() * 10;
            double cy = 40 + rnd.nextDouble() * 10;
            LinearRing shell = star(rnd, cx, cy, k, 0.5, 1.0);
            Polygon p = !hole ? PACKED.createPolygon(shell)
                    : PACKED.createPolygon(shell, new LinearRing[] {star(rnd, cx, cy, 3 + rnd.nextInt(20), 0.1, 0.4)});
            assertThat(IsValidOp.isValid(p)).as("JTS: %s", p).isTrue();
            assertThat(check.provesValid(p)).as("%s", p).isTrue();
        }
    }

    /**
     * The bundled layers are valid, and proved so without IsValidOp, except a multipolygon whose parts touch
     * at a point (valid, but left to IsValidOp).
     */
    @Test
    void provesTheBundledPolygons() throws IOException {
        int polygons = 0;
        List<String> declined = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("data"), "*.geojson")) {
            for (Path file : files) {
                GeoJsonReadResult r = new GeoJsonLayerReader().withValidation(false).read(file);
                for (Feature f : r.features()) {
                    Geometry g = f.geometry();
                    if (g != null && g.getDimension() == 2) {
                        polygons++;
                        if (!check.provesValid(g)) {
                            declined.add(file.getFileName() + " " + f.rawId());
                            assertThat(partsTouch(g)).as("%s %s", file.getFileName(), f.rawId()).isTrue();
                        }
                    }
                }
            }
        }
        assertThat(polygons).isGreaterThan(400);
        assertThat(declined).hasSizeLessThanOrEqualTo(2);
    }

    private static boolean partsTouch(Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            for (int j = i + 1; j < g.getNumGeometries(); j++) {
                if (g.getGeometryN(i).touches(g.getGeometryN(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Through the reader: what the quick check declines still gets IsValidOp's verdict and its words. */
    @ParameterizedTest
    @ValueSource(strings = {
        "[[[0,0],[10,0],[10,10],[0,10],[0,0]]],[[[2,2],[3,2],[3,3],[2,3],[2,2]]]",
        "[[[0,0],[1,0],[1,1],[0,1],[0,0]]],[[[1,0],[2,0],[2,1],[1,1],[1,0]]]",
        "[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[20,20],[21,20],[21,21],[20,20]]]",
        "[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[1,1],[9,1],[9,9],[1,9],[1,1]],[[2,2],[3,2],[3,3],[2,2]]]",
        "[[[0,0],[4,0],[2,0],[2,2],[0,0]]]",
    })
    void readerReportsWhatIsValidOpFinds(String polygons) throws ParseException {
        String text = "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[" + polygons + "]}}]}";
        GeoJsonReadResult r = new GeoJsonLayerReader().read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.geojson");
        Geometry g = new GeoJsonLayerReader().withValidation(false).read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.geojson").features().get(0).geometry();
        var expected = new IsValidOp(g).getValidationError();
        assertThat(expected).isNotNull();
        assertThat(r.features()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.INVALID_GEOMETRY);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains(expected.getMessage().toLowerCase(Locale.ROOT));
        });
    }

    @Test
    void readerKeepsValidPolygonsTheQuickCheckDeclines() {
        // A hole touching its shell at one point, parts touching at one point: valid for IsValidOp (the hole
        // clockwise, as RFC 7946 §3.1.6 asks, so that the read has no warning either).
        String text = "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[0,5],[5,6],[5,4],[0,5]]]}},\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":"
                + "[[[[0,0],[1,0],[1,1],[0,1],[0,0]]],[[[1,1],[2,1],[2,2],[1,2],[1,1]]]]}}]}";
        GeoJsonReadResult r = new GeoJsonLayerReader().read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.geojson");
        assertThat(r.problems()).isEmpty();
        assertThat(r.features()).hasSize(2);
    }

    private static Geometry randomGeometry(Random rnd, int grid) {
        int kind = rnd.nextInt(4);
        if (kind == 0) {
            return PACKED.createPolygon(randomRing(rnd, grid));
        }
        if (kind == 1) {
            LinearRing[] holes = new LinearRing[1 + rnd.nextInt(2)];
            for (int i = 0; i < holes.length; i++) {
                holes[i] = randomRing(rnd, grid);
            }
            return PACKED.createPolygon(randomRing(rnd, grid), holes);
        }
        Polygon[] parts = new Polygon[2 + rnd.nextInt(2)];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = kind == 2 || rnd.nextBoolean() ? PACKED.createPolygon(randomRing(rnd, grid))
                    : PACKED.createPolygon(randomRing(rnd, grid), new LinearRing[] {randomRing(rnd, grid)});
        }
        return PACKED.createMultiPolygon(parts);
    }

    /** A closed ring of 3 to 7 random grid points (repeats, collinear runs and crossings allowed). */
    private static LinearRing randomRing(Random rnd, int grid) {
        int n = 3 + rnd.nextInt(5);
        List<Coordinate> pts = new ArrayList<>();
        // Half the rings are small axis-aligned boxes or triangles somewhere on the grid: often valid.
        if (rnd.nextBoolean()) {
            int x = rnd.nextInt(grid - 1);
            int y = rnd.nextInt(grid - 1);
            int w = 1 + rnd.nextInt(grid - 1 - x);
            int h = 1 + rnd.nextInt(grid - 1 - y);
            pts.add(new Coordinate(x, y));
            pts.add(new Coordinate(x + w, y));
            if (rnd.nextBoolean()) {
                pts.add(new Coordinate(x + w, y + h));
            }
            pts.add(new Coordinate(x, y + h));
        } else {
            for (int i = 0; i < n; i++) {
                pts.add(new Coordinate(rnd.nextInt(grid), rnd.nextInt(grid)));
            }
        }
        if (rnd.nextInt(4) == 0) {
            Collections.reverse(pts);
        }
        pts.add(new Coordinate(pts.get(0)));
        return PACKED.createLinearRing(pts.toArray(new Coordinate[0]));
    }

    private static LinearRing star(Random rnd, double cx, double cy, int k, double rMin, double rMax) {
        Coordinate[] pts = new Coordinate[k + 1];
        for (int i = 0; i < k; i++) {
            double a = 2 * Math.PI * (i + 0.2 + 0.6 * rnd.nextDouble()) / k;
            double r = rMin + (rMax - rMin) * rnd.nextDouble();
            pts[i] = new Coordinate(cx + r * Math.cos(a), cy + r * Math.sin(a));
        }
        pts[k] = new Coordinate(pts[0]);
        return PACKED.createLinearRing(pts);
    }
}

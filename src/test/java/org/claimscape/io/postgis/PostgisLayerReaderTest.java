package org.claimscape.io.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/**
 * Reading tables of a real PostGIS (see {@link PostgisServer}): every geometry type, SRIDs 4326 and 3857 (Web
 * Mercator, EPSG:3857, whose x of lon 180° is 20037508.34 m), bounding-box reads that the GiST index answers,
 * server-side simplification, time columns, and tables that are not as they should be.
 */
@ExtendWith(PostgisServer.class)
class PostgisLayerReaderTest {

    private static PostgisServer.Database db;

    @BeforeAll
    static void tables(PostgisServer.Database database) throws Exception {
        db = database;
        db.execute(
                "CREATE TABLE shapes (id integer PRIMARY KEY, name text, geom geometry(Geometry, 4326))",
                "INSERT INTO shapes VALUES"
                        + " (1, 'point', 'SRID=4326;POINT(147.5 44.5)'),"
                        + " (2, 'line', 'SRID=4326;LINESTRING(145 43, 146 44, 147 43)'),"
                        + " (3, 'polygon', 'SRID=4326;POLYGON((145 43, 146 43, 146 44, 145 44, 145 43))'),"
                        + " (4, 'multipoint', 'SRID=4326;MULTIPOINT((145 43), (146 44))'),"
                        + " (5, 'multiline', 'SRID=4326;MULTILINESTRING((145 43, 146 44), (147 43, 148 44))'),"
                        + " (6, 'multipolygon', 'SRID=4326;MULTIPOLYGON(((145 43, 146 43, 146 44, 145 43)),"
                        + " ((147 43, 148 43, 148 44, 147 43)))'),"
                        + " (7, 'collection', 'SRID=4326;GEOMETRYCOLLECTION(POINT(145 43), LINESTRING(145 43, 146 44))'),"
                        + " (9, 'curve', 'SRID=4326;CIRCULARSTRING(145 43, 146 44, 147 43)'),"
                        + " (10, 'no geometry', NULL)",
                "CREATE TABLE elevated (id integer PRIMARY KEY, geom geometry(PointZ, 4326))",
                "INSERT INTO elevated VALUES (1, 'SRID=4326;POINT Z (145.5 43.5 120)')",
                "CREATE TABLE mercator (gid serial PRIMARY KEY, label text, geom geometry(Point, 3857))",
                "INSERT INTO mercator (label, geom) VALUES ('antimeridian', 'SRID=3857;POINT(20037508.34 0)'),"
                        + " ('kunashir', ST_Transform('SRID=4326;POINT(145.9 44.1)'::geometry, 3857))",
                "CREATE TABLE dated (id text PRIMARY KEY, valid_from date, valid_to date, population integer,"
                        + " area double precision, tags text[], geom geometry(Point, 4326))",
                "INSERT INTO dated VALUES ('a', '1855-02-07', '1875-05-07', 12, 1.5, '{x,y}', 'SRID=4326;POINT(146 44)'),"
                        + " ('b', '1945-08-18', NULL, NULL, NULL, NULL, 'SRID=4326;POINT(147 45)')",
                "CREATE TABLE plain (id integer PRIMARY KEY, name text)",
                "CREATE TABLE broken (id integer PRIMARY KEY, geom geometry(Polygon, 4326))",
                "INSERT INTO broken VALUES (1, 'SRID=4326;POLYGON((0 0, 2 2, 2 0, 0 2, 0 0))'),"
                        + " (2, 'SRID=4326;POLYGON((0 0, 1 0, 1 1, 0 0))')",
                "CREATE TABLE grid (id integer PRIMARY KEY, geom geometry(Point, 3857))",
                "INSERT INTO grid SELECT i, ST_Transform(ST_SetSRID(ST_MakePoint(140 + (i % 200) * 0.05,"
                        + " 40 + (i / 200) * 0.05), 4326), 3857) FROM generate_series(0, 19999) i",
                "CREATE INDEX ON grid USING GIST (geom)",
                "ANALYZE grid",
                "CREATE VIEW big_points AS SELECT id, geom FROM grid WHERE id % 2 = 0",
                "CREATE TABLE loose AS SELECT id AS n, geom FROM grid WHERE id < 400",
                "CREATE TABLE wiggly (id integer PRIMARY KEY, geom geometry(LineString, 4326))",
                "INSERT INTO wiggly SELECT 1, ST_MakeLine(array_agg(ST_MakePoint(140 + i * 0.001,"
                        + " 44 + (i % 2) * 0.0001) ORDER BY i)) FROM generate_series(0, 999) i");
    }

    private static PostgisConnection connect() throws PostgisException {
        return PostgisConnection.open(db.spec(), PostgisServer.PASSWORD.toCharArray());
    }

    private static GeoJsonReadResult read(PostgisLayerReader reader, String table) throws PostgisException {
        try (PostgisConnection c = connect()) {
            return reader.read(c, c.table(db.spec().withTable(table, null)));
        }
    }

    @Test
    void listsTheSpatialTablesAndViewsOnly() throws Exception {
        try (PostgisConnection c = connect()) {
            List<PostgisTable> tables = c.tables();
            assertThat(tables).extracting(PostgisTable::name)
                    .contains("shapes", "mercator", "dated", "grid", "big_points").doesNotContain("plain");
            PostgisTable m = tables.stream().filter(t -> t.name().equals("mercator")).findFirst().orElseThrow();
            assertThat(m.srid()).isEqualTo(3857);
            assertThat(m.geometryType()).isEqualTo("POINT");
            assertThat(m.primaryKey()).isEqualTo("gid");
            assertThat(m.columns()).extracting(PostgisTable.Column::name).containsExactly("label");
            PostgisTable v = tables.stream().filter(t -> t.name().equals("big_points")).findFirst().orElseThrow();
            assertThat(v.view()).isTrue();
            assertThat(v.isEditable()).isFalse();
            assertThat(tables.stream().filter(t -> t.name().equals("dated")).findFirst().orElseThrow()
                    .hasTimeColumns()).isTrue();
        }
    }

    @Test
    void readsEveryGeometryTypeAsWkbIntoTheSameFeatures() throws Exception {
        GeoJsonReadResult r = read(new PostgisLayerReader(), "shapes");
        assertThat(r.isValid()).as(r.problems().toString()).isTrue();
        assertThat(r.features()).hasSize(9);
        WKTReader wkt = new WKTReader();
        assertThat(byName(r, "point").geometry().equalsExact(wkt.read("POINT (147.5 44.5)"))).isTrue();
        assertThat(byName(r, "multipolygon").geometry().getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(byName(r, "collection").geometry().getGeometryType()).isEqualTo("GeometryCollection");
        Geometry curve = byName(r, "curve").geometry();
        assertThat(curve.getGeometryType()).isEqualTo("LineString");
        assertThat(curve.getNumPoints()).isGreaterThan(3); // the arc as a line through many points
        assertThat(byName(r, "no geometry").geometry()).isNull();
        assertThat(byName(r, "line").rawId()).isEqualTo(2L);
        assertThat(byName(r, "line").properties()).containsOnlyKeys("name");
    }

    @Test
    void dropsZSoThatGeometriesAreTwoDimensionalAsInFiles() throws Exception {
        GeoJsonReadResult r = read(new PostgisLayerReader(), "elevated");
        Geometry g = r.features().get(0).geometry();
        assertThat(g.getCoordinate().x).isEqualTo(145.5);
        assertThat(g.getCoordinate().getZ()).isNaN();
    }

    @Test
    void transformsOtherSridsToLonLat() throws Exception {
        GeoJsonReadResult r = read(new PostgisLayerReader(), "mercator");
        Feature am = r.features().stream().filter(f -> "antimeridian".equals(f.string("label"))).findFirst()
                .orElseThrow();
        assertThat(am.geometry().getCoordinate().x).isCloseTo(180.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(am.geometry().getCoordinate().y).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-6));
        Feature k = r.features().stream().filter(f -> "kunashir".equals(f.string("label"))).findFirst()
                .orElseThrow();
        assertThat(k.geometry().getCoordinate().x).isCloseTo(145.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(k.geometry().getCoordinate().y).isCloseTo(44.1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void readsOnlyTheRowsInTheBoxInAnySrid() throws Exception {
        Envelope box = new Envelope(140.0, 141.0, 40.0, 41.0); // 20 x 20 cells of 0.05°, edges included
        GeoJsonReadResult r = read(new PostgisLayerReader().withBounds(box), "grid");
        assertThat(r.isValid()).isTrue();
        assertThat(r.features()).hasSize(21 * 21);
        assertThat(r.features()).allMatch(f -> {
            Envelope e = f.geometry().getEnvelopeInternal();
            return e.getMinX() >= 140 - 1e-9 && e.getMaxX() <= 141 + 1e-9 && e.getMinY() >= 40 - 1e-9
                    && e.getMaxY() <= 41 + 1e-9;
        });
        assertThat(read(new PostgisLayerReader().withBounds(new Envelope(-10, -5, -10, -5)), "grid").features())
                .isEmpty();
        assertThat(read(new PostgisLayerReader().withBounds(new Envelope(-180, 180, -90, 90)), "grid").features())
                .hasSize(20000);
    }

    @Test
    void theBoundingBoxReadUsesTheSpatialIndex() throws Exception {
        try (PostgisConnection c = connect()) {
            PostgisTable grid = c.table(db.spec().withTable("grid", null));
            String plan = new PostgisLayerReader().withBounds(new Envelope(140.0, 140.5, 40.0, 40.5)).explain(c, grid);
            assertThat(plan).containsIgnoringCase("grid_geom_idx").doesNotContain("Seq Scan");
        }
    }

    @Test
    void simplifiesLinesOnTheServerForSmallScales() throws Exception {
        Geometry full = read(new PostgisLayerReader(), "wiggly").features().get(0).geometry();
        Geometry coarse = read(new PostgisLayerReader().withTolerance(0.01), "wiggly").features().get(0).geometry();
        assertThat(full.getNumPoints()).isEqualTo(1000);
        assertThat(coarse.getNumPoints()).isLessThan(10);
        assertThat(coarse.getEnvelopeInternal().getWidth()).isCloseTo(full.getEnvelopeInternal().getWidth(),
                org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void validFromAndValidToColumnsGiveTheTimeSpan() throws Exception {
        GeoJsonReadResult r = read(new PostgisLayerReader(), "dated");
        Layer layer = r.toLayer("dated", "Dated");
        Feature a = layer.feature("a");
        assertThat(a.validity().from()).isEqualTo(LocalDate.of(1855, 2, 7));
        assertThat(a.validity().to()).isEqualTo(LocalDate.of(1875, 5, 7));
        assertThat(layer.featuresAt(LocalDate.of(1860, 1, 1))).extracting(Feature::id).containsExactly("a");
        assertThat(layer.featuresAt(LocalDate.of(1950, 1, 1))).extracting(Feature::id).containsExactly("b");
        assertThat(a.property("population")).isEqualTo(12L);
        assertThat(a.property("area")).isEqualTo(1.5);
        assertThat(a.property("tags")).isEqualTo(List.of("x", "y"));
        assertThat(layer.feature("b").property("population")).isNull();
    }

    @Test
    void invalidPolygonsAreReportedWithTheirRowOrRepaired() throws Exception {
        GeoJsonReadResult checked = read(new PostgisLayerReader(), "broken");
        assertThat(checked.isValid()).isFalse();
        assertThat(checked.features()).extracting(Feature::id).containsExactly("2");
        GeoJsonProblem p = checked.errors().get(0);
        assertThat(p.kind()).isEqualTo(GeoJsonProblem.Kind.INVALID_GEOMETRY);
        assertThat(p.featureId()).isEqualTo("1");
        assertThat(p.toString()).contains("table=broken").contains("feature #0 (id 1)").contains("self-intersection");
        GeoJsonReadResult repaired = read(new PostgisLayerReader().withRepair(true), "broken");
        assertThat(repaired.isValid()).isTrue();
        assertThat(repaired.features()).hasSize(2).allMatch(f -> f.geometry().isValid());
        assertThat(repaired.warnings()).extracting(GeoJsonProblem::kind).containsExactly(GeoJsonProblem.Kind.REPAIRED);
    }

    @Test
    void aTableWithoutGeometryOrAMissingTableIsNamedInTheMessage() throws Exception {
        try (PostgisConnection c = connect()) {
            PostgisException none = assertThrows(PostgisException.class,
                    () -> c.table(db.spec().withTable("plain", null)));
            assertThat(none.kind()).isEqualTo(PostgisException.Kind.NO_SUCH_TABLE);
            assertThat(none.getMessage()).contains("plain has no geometry column");
            PostgisException missing = assertThrows(PostgisException.class,
                    () -> c.table(db.spec().withTable("nowhere", null)));
            assertThat(missing.getMessage()).contains("no table or view nowhere");
        }
    }

    @Test
    void aViewReadsLikeATable() throws Exception {
        GeoJsonReadResult r = read(new PostgisLayerReader().withBounds(new Envelope(140.0, 141.0, 40.0, 41.0)),
                "big_points");
        assertThat(r.isValid()).isTrue();
        assertThat(r.features()).isNotEmpty().allMatch(f -> f.rawId() == null);
        // id = row * 200 + column: the even ids are the even columns, 11 of the 21 in each of the 21 rows
        assertThat(r.features()).hasSize(11 * 21);
    }

    @Test
    void thinningKeepsTheLowestKeyOfEachGridCellAndCountsTheRowsTheCellsStandFor() throws Exception {
        /* Cells a little wider than 0.2°, so that no point of the 0.05° grid lies on a cell's edge. */
        double cell = 0.2 * (1 + 1e-4);
        GeoJsonReadResult thin = read(new PostgisLayerReader().withThinning(cell), "grid");
        assertThat(thin.isValid()).isTrue();
        assertThat(thin.features()).extracting(f -> Long.parseLong(f.id()))
                .containsExactlyInAnyOrderElementsOf(lowestKeyByCell(read(new PostgisLayerReader(), "grid"), cell));
        assertThat(thin.features().size()).isLessThan(20000 / 10);
        assertThat(thin.featuresSeen()).as("the rows the cells stand for").isEqualTo(20000);
        /* In a box, the cells of the rows in the box. */
        Envelope box = new Envelope(141.0, 143.0, 41.0, 42.0);
        GeoJsonReadResult inBox = read(new PostgisLayerReader().withBounds(box), "grid");
        GeoJsonReadResult part = read(new PostgisLayerReader().withBounds(box).withThinning(cell), "grid");
        assertThat(part.features()).extracting(f -> Long.parseLong(f.id()))
                .containsExactlyInAnyOrderElementsOf(lowestKeyByCell(inBox, cell));
        assertThat(part.featuresSeen()).isEqualTo(inBox.features().size());
    }

    private static java.util.Collection<Long> lowestKeyByCell(GeoJsonReadResult r, double cell) {
        java.util.Map<List<Long>, Long> lowest = new java.util.HashMap<>();
        for (Feature f : r.features()) {
            List<Long> key = List.of((long) Math.floor(f.geometry().getCoordinate().x / cell),
                    (long) Math.floor(f.geometry().getCoordinate().y / cell));
            lowest.merge(key, Long.parseLong(f.id()), Math::min);
        }
        return lowest.values();
    }

    @Test
    void thePlannerEstimatesTheRowsInABox() throws Exception {
        try (PostgisConnection c = connect()) {
            PostgisTable grid = c.table(db.spec().withTable("grid", null));
            assertThat(new PostgisLayerReader().estimateRows(c, grid)).isBetween(18000L, 22000L);
            // 21 x 21 points in this box; the spatial statistics are an estimate, not a count
            assertThat(new PostgisLayerReader().withBounds(new Envelope(140.0, 141.0, 40.0, 41.0))
                    .estimateRows(c, grid)).isBetween(100L, 2000L);
        }
    }

    @Test
    void rowsWithoutAKeyKeepTheirIdsFromReadToReadWhenAsked() throws Exception {
        for (String table : List.of("loose", "big_points")) {
            PostgisLayerReader keyed = new PostgisLayerReader().withRowKeys(true);
            GeoJsonReadResult wide = read(keyed.withBounds(new Envelope(140.0, 145.0, 40.0, 41.0)), table);
            GeoJsonReadResult narrow = read(keyed.withBounds(new Envelope(140.5, 141.0, 40.0, 40.5)), table);
            assertThat(wide.features()).allMatch(f -> f.id() != null);
            assertThat(wide.features()).extracting(Feature::id).doesNotHaveDuplicates();
            java.util.Map<String, Geometry> byId = new java.util.HashMap<>();
            wide.features().forEach(f -> byId.put(f.id(), f.geometry()));
            assertThat(narrow.features()).as(table).isNotEmpty()
                    .allMatch(f -> f.geometry().equalsExact(byId.get(f.id())));
            assertThat(read(new PostgisLayerReader(), table).features()).as("not asked")
                    .allMatch(f -> f.rawId() == null);
        }
    }

    @Test
    void aLimitKeepsTheFirstRowsAndSaysSo() throws Exception {
        GeoJsonReadResult r = read(new PostgisLayerReader().withLimit(100), "grid");
        assertThat(r.features()).hasSize(100);
        assertThat(r.warnings()).extracting(GeoJsonProblem::kind).containsExactly(GeoJsonProblem.Kind.TOO_LARGE);
    }

    @Test
    void theExtentIsInDegrees() throws Exception {
        try (PostgisConnection c = connect()) {
            Envelope e = c.extent(c.table(db.spec().withTable("grid", null)));
            assertThat(e.getMinX()).isCloseTo(140, org.assertj.core.data.Offset.offset(0.01));
            assertThat(e.getMaxX()).isCloseTo(149.95, org.assertj.core.data.Offset.offset(0.01));
            assertThat(e.getMinY()).isCloseTo(40, org.assertj.core.data.Offset.offset(0.01));
            assertThat(e.getMaxY()).isCloseTo(44.95, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    private static Feature byName(GeoJsonReadResult r, String name) {
        return r.features().stream().filter(f -> name.equals(f.string("name"))).findFirst().orElseThrow();
    }
}

package org.claimscape.io.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.model.Feature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** Writing layers and edits to PostGIS: round trips, one transaction, and refusals that leave the table alone. */
@ExtendWith(PostgisServer.class)
class PostgisLayerWriterTest {

    private static PostgisServer.Database db;
    private final WKTReader wkt = new WKTReader();

    @BeforeAll
    static void server(PostgisServer.Database database) {
        db = database;
    }

    private static PostgisConnection connect() throws PostgisException {
        return PostgisConnection.open(db.spec(), PostgisServer.PASSWORD.toCharArray());
    }

    private Feature feature(Object id, String geometry, Object... keyValues) throws Exception {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new Feature(id, wkt.read(geometry), p);
    }

    private static GeoJsonReadResult readBack(String table) throws PostgisException {
        try (PostgisConnection c = connect()) {
            return new PostgisLayerReader().read(c, c.table(db.spec().withTable(table, null)));
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aLayerWrittenToANewTableReadsBackTheSame() throws Exception {
        List<Feature> features = List.of(
                feature("a", "POINT (146.1 44.2)", "name_en", "Yuzhno-Kurilsk", "population", 7000L, "area", 2.5,
                        "capital", true, "valid_from", "1946-02-02", "tags", List.of("port", "town")),
                feature("b", "POINT (147.8 45.2)", "name_en", "Kurilsk", "population", null, "area", 1.25,
                        "capital", false, "valid_from", "1947-01-01", "tags", List.of()),
                feature("c", "POINT (145.5 43.5)", "name_en", "O'Neill \"quoted\", with comma\nand line",
                        "precise", new BigDecimal("1.000000000000000000001")));
        try (PostgisConnection c = connect()) {
            long n = new PostgisLayerWriter().write(c, "public", "towns", features, PostgisLayerWriter.Mode.CREATE);
            assertThat(n).isEqualTo(3);
            PostgisTable t = c.table(db.spec().withTable("towns", null));
            assertThat(t.primaryKey()).isEqualTo("fid");
            assertThat(t.geometryType()).isEqualTo("POINT");
            assertThat(t.srid()).isEqualTo(4326);
            assertThat(t.column("population").type()).isEqualTo("bigint");
            assertThat(t.column("area").type()).isEqualTo("double precision");
            assertThat(t.column("capital").type()).isEqualTo("boolean");
            assertThat(t.column("valid_from").type()).isEqualTo("date");
            assertThat(t.column("tags").type()).isEqualTo("jsonb");
            assertThat(t.column("precise").type()).isEqualTo("numeric");
        }
        GeoJsonReadResult r = readBack("towns");
        assertThat(r.isValid()).isTrue();
        Feature a = r.toLayer("t", "t").feature("a");
        assertThat(a.geometry().equalsExact(features.get(0).geometry())).isTrue();
        assertThat(a.property("population")).isEqualTo(7000L);
        assertThat(a.property("capital")).isEqualTo(true);
        assertThat(a.validity().from()).hasToString("1946-02-02");
        assertThat(a.property("tags")).isEqualTo("[\"port\", \"town\"]"); // jsonb, as the server prints it
        Feature c = r.toLayer("t", "t").feature("c");
        assertThat(c.string("name_en")).isEqualTo("O'Neill \"quoted\", with comma\nand line");
        assertThat(c.property("precise")).isEqualTo(new BigDecimal("1.000000000000000000001"));
        assertThat(c.property("population")).isNull();
        assertThat(count("SELECT count(*) FROM pg_indexes WHERE tablename = 'towns' AND indexdef LIKE '%gist%'"))
                .isEqualTo(1);
    }

    @Test
    void mixedGeometriesAndMissingIdsGetAnyTypeAndServerKeys() throws Exception {
        List<Feature> features = List.of(feature(null, "POINT (1 2)"), feature("x", "LINESTRING (0 0, 1 1)"),
                feature(null, "POLYGON ((0 0, 1 0, 1 1, 0 0))"));
        try (PostgisConnection c = connect()) {
            new PostgisLayerWriter().write(c, "public", "mixed", features, PostgisLayerWriter.Mode.CREATE);
            PostgisTable t = c.table(db.spec().withTable("mixed", null));
            assertThat(t.geometryType()).isEqualTo("GEOMETRY");
        }
        GeoJsonReadResult r = readBack("mixed");
        assertThat(r.features()).hasSize(3).allMatch(f -> f.rawId() instanceof Long);
        assertThat(r.features()).extracting(f -> f.string("feature_id")).containsExactlyInAnyOrder(null, "x", null);
    }

    @Test
    void creatingOverAnExistingTableIsRefusedAndLeavesItAlone() throws Exception {
        db.execute("CREATE TABLE kept (id integer PRIMARY KEY, geom geometry(Point, 4326))",
                "INSERT INTO kept VALUES (1, 'SRID=4326;POINT(0 0)')");
        try (PostgisConnection c = connect()) {
            PostgisException e = assertThrows(PostgisException.class, () -> new PostgisLayerWriter()
                    .write(c, "public", "kept", List.of(feature("z", "POINT (1 1)")), PostgisLayerWriter.Mode.CREATE));
            assertThat(e.kind()).isEqualTo(PostgisException.Kind.WRITE_REFUSED);
            assertThat(e.getMessage()).contains("kept").contains("exists already");
        }
        assertThat(count("SELECT count(*) FROM kept")).isEqualTo(1);
    }

    @Test
    void aFailedAppendRollsEverythingBack() throws Exception {
        db.execute("CREATE TABLE strict (id serial PRIMARY KEY, height integer, geom geometry(Point, 4326))",
                "INSERT INTO strict (height, geom) VALUES (10, 'SRID=4326;POINT(0 0)')");
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            features.add(feature(null, "POINT (1 1)", "height", (long) i, "note", "new column"));
        }
        features.add(feature(null, "POINT (2 2)", "height", "very high", "note", "does not fit"));
        try (PostgisConnection c = connect()) {
            PostgisException e = assertThrows(PostgisException.class, () -> new PostgisLayerWriter()
                    .write(c, "public", "strict", features, PostgisLayerWriter.Mode.APPEND));
            assertThat(e.getMessage()).contains("strict").contains("very high");
            assertThat(c.isAlive()).isTrue(); // the connection is usable again after the rollback
        }
        assertThat(count("SELECT count(*) FROM strict")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM information_schema.columns WHERE table_name = 'strict'"
                + " AND column_name = 'note'")).isZero();
    }

    @Test
    void appendingTransformsToTheTablesSridAndAddsColumns() throws Exception {
        db.execute("CREATE TABLE merc (gid serial PRIMARY KEY, name text, geom geometry(MultiPoint, 3857))");
        try (PostgisConnection c = connect()) {
            new PostgisLayerWriter().write(c, "public", "merc", List.of(feature("p", "POINT (180 0)", "name", "edge",
                    "rank", 3L)), PostgisLayerWriter.Mode.APPEND);
        }
        assertThat(count("SELECT round(ST_X(ST_GeometryN(geom, 1)))::bigint FROM merc")).isEqualTo(20037508L);
        GeoJsonReadResult r = readBack("merc");
        Feature f = r.features().get(0);
        assertThat(f.property("rank")).isEqualTo(3L);
        assertThat(f.geometry().getCoordinate().x).isCloseTo(180, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void editsAreSavedInOneTransaction() throws Exception {
        db.execute("CREATE TABLE sites (id serial PRIMARY KEY, name text, status text, geom geometry(Point, 4326))",
                "INSERT INTO sites (name, status, geom) VALUES ('one', 'old', 'SRID=4326;POINT(1 1)'),"
                        + " ('two', 'old', 'SRID=4326;POINT(2 2)'), ('three', 'old', 'SRID=4326;POINT(3 3)')");
        PostgisLayerWriter w = new PostgisLayerWriter();
        try (PostgisConnection c = connect()) {
            PostgisTable t = c.table(db.spec().withTable("sites", null));
            Geometry moved = wkt.read("POINT (1.5 1.5)");
            PostgisLayerWriter.Saved saved = w.save(c, t, List.of(feature("new", "POINT (4 4)", "name", "four")),
                    List.of(new PostgisLayerWriter.Edit(1L, Map.of("status", "checked"), moved),
                            new PostgisLayerWriter.Edit(2L, Map.of("note", "added by an edit"), null)),
                    List.of(3L));
            assertThat(saved).isEqualTo(new PostgisLayerWriter.Saved(1, 2, 1));
            GeoJsonReadResult r = readBack("sites");
            assertThat(r.features()).extracting(f -> f.string("name")).containsExactlyInAnyOrder("one", "two", "four");
            Feature one = r.features().stream().filter(f -> "one".equals(f.string("name"))).findFirst().orElseThrow();
            assertThat(one.string("status")).isEqualTo("checked");
            assertThat(one.geometry().equalsExact(moved)).isTrue();

            /* An edit of a row someone else deleted fails the whole save: the other edit is not applied either. */
            PostgisException e = assertThrows(PostgisException.class, () -> w.save(c, t, List.of(),
                    List.of(new PostgisLayerWriter.Edit(1L, Map.of("status", "again"), null),
                            new PostgisLayerWriter.Edit(3L, Map.of("status", "gone"), null)), List.of()));
            assertThat(e.getMessage()).contains("feature 3 is no longer in the table").contains("nothing was saved");
        }
        assertThat(count("SELECT count(*) FROM sites WHERE status = 'again'")).isZero();
    }

    @Test
    void aViewOrATableWithoutKeyCannotTakeEdits() throws Exception {
        db.execute("CREATE TABLE loose (name text, geom geometry(Point, 4326))",
                "CREATE VIEW loose_view AS SELECT * FROM loose");
        try (PostgisConnection c = connect()) {
            PostgisTable loose = c.table(db.spec().withTable("loose", null));
            PostgisException e = assertThrows(PostgisException.class, () -> new PostgisLayerWriter().save(c, loose,
                    List.of(), List.of(new PostgisLayerWriter.Edit(1L, Map.of("name", "x"), null)), List.of()));
            assertThat(e.getMessage()).contains("no single-column primary key");
            PostgisTable view = c.table(db.spec().withTable("loose_view", null));
            assertThat(view.isEditable()).isFalse();
        }
    }
}

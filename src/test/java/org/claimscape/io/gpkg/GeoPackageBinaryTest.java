package org.claimscape.io.gpkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.model.Feature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * GeoPackageBinary as OGC GeoPackage 1.3 §2.1.3 defines it, built byte by byte here: the magic "GP", version 0
 * (version 1), the flags byte (bit 5 extended, bit 4 empty, bits 3-1 envelope contents 0-4, bit 0 the header's byte
 * order: 1 little endian), the int32 srs_id, the envelope's doubles, then ISO WKB with its own byte order.
 */
class GeoPackageBinaryTest {

    @TempDir
    Path tmp;

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 0,
            PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

    /** Doubles per envelope contents indicator: none, [minx maxx miny maxy], + z, + m, + z and m. */
    private static final int[] ENVELOPE_DOUBLES = {0, 4, 6, 6, 8};

    private static Geometry decode(byte[] blob) throws ParseException {
        return GeoPackageLayerReader.geometry(blob, FACTORY, new WKBReader(FACTORY));
    }

    /** A GeoPackageBinary header with the given flags, srs id and envelope (each double in the header's order). */
    static byte[] header(int envelope, boolean littleHeader, boolean empty, int srsId, double... bounds) {
        ByteBuffer b = ByteBuffer.allocate(8 + 8 * bounds.length)
                .order(littleHeader ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0);
        b.put((byte) ((empty ? 0x10 : 0) | envelope << 1 | (littleHeader ? 1 : 0)));
        b.putInt(srsId);
        for (double d : bounds) {
            b.putDouble(d);
        }
        return b.array();
    }

    /** ISO WKB of a point (type 1, or 1001 with z). */
    static byte[] wkbPoint(boolean little, double... xyz) {
        ByteBuffer b = ByteBuffer.allocate(5 + 8 * xyz.length).order(little ? ByteOrder.LITTLE_ENDIAN
                : ByteOrder.BIG_ENDIAN);
        b.put((byte) (little ? 1 : 0)).putInt(xyz.length == 3 ? 1001 : 1);
        for (double d : xyz) {
            b.putDouble(d);
        }
        return b.array();
    }

    /** ISO WKB of a two-dimensional line string. */
    static byte[] wkbLine(boolean little, double... xy) {
        ByteBuffer b = ByteBuffer.allocate(9 + 8 * xy.length).order(little ? ByteOrder.LITTLE_ENDIAN
                : ByteOrder.BIG_ENDIAN);
        b.put((byte) (little ? 1 : 0)).putInt(2).putInt(xy.length / 2);
        for (double d : xy) {
            b.putDouble(d);
        }
        return b.array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void everyEnvelopeTypeInEitherHeaderByteOrderIsSkippedToTheWkb() throws ParseException {
        for (int envelope = 0; envelope <= 4; envelope++) {
            double[] bounds = new double[ENVELOPE_DOUBLES[envelope]];
            for (int i = 0; i < bounds.length; i++) {
                bounds[i] = 100 + i; // not the point's coordinates: the envelope must not be read as the WKB
            }
            for (boolean littleHeader : new boolean[] {false, true}) {
                for (boolean littleWkb : new boolean[] {false, true}) {
                    byte[] blob = concat(header(envelope, littleHeader, false, 4326, bounds),
                            wkbPoint(littleWkb, 146.25, 43.5));
                    Geometry g = decode(blob);
                    assertThat(g).as("envelope %d, header %s, wkb %s", envelope, littleHeader ? "LE" : "BE",
                            littleWkb ? "LE" : "BE").isInstanceOf(Point.class);
                    assertThat(g.getCoordinate().x).isEqualTo(146.25);
                    assertThat(g.getCoordinate().y).isEqualTo(43.5);

                    Geometry line = decode(concat(header(envelope, littleHeader, false, 4326, bounds),
                            wkbLine(littleWkb, 145, 43, 146.5, 44.25)));
                    assertThat(line).isInstanceOf(LineString.class);
                    assertThat(line.getCoordinates()[1].x).isEqualTo(146.5);
                    assertThat(line.getCoordinates()[1].y).isEqualTo(44.25);
                }
            }
        }
    }

    @Test
    void aPointWithZIsReadWithItsZ() throws ParseException {
        Geometry g = decode(concat(header(2, true, false, 4326, 146, 146, 43, 43, 12, 12), wkbPoint(false, 146, 43,
                12)));
        assertThat(g.getCoordinate().getZ()).isEqualTo(12.0);
    }

    @Test
    void theEmptyFlagMeansNoGeometry() throws ParseException {
        // an empty point: the flag set, and NaN coordinates in the WKB as the standard suggests
        assertThat(decode(concat(header(0, true, true, 4326), wkbPoint(true, Double.NaN, Double.NaN)))).isNull();
        assertThat(decode(concat(header(0, false, true, 4326), wkbLine(false)))).isNull();
        // NaN coordinates without the flag: the empty point, as WKB says (the collector reports it as empty)
        Geometry nan = decode(concat(header(0, true, false, 4326), wkbPoint(true, Double.NaN, Double.NaN)));
        assertThat(nan == null || nan.isEmpty()).isTrue();
    }

    @Test
    void brokenBlobsAreRefusedSayingWhatIsWrong() {
        byte[] point = wkbPoint(true, 146, 43);
        assertThatThrownBy(() -> decode(concat(new byte[] {'X', 'P', 0, 1, 0, 0, 0, 0}, point)))
                .isInstanceOf(ParseException.class).hasMessageContaining("not GeoPackageBinary")
                .hasMessageContaining("0x58");
        byte[] v2 = concat(header(0, true, false, 4326), point);
        v2[2] = 2;
        assertThatThrownBy(() -> decode(v2)).hasMessageContaining("version 2");
        byte[] e5 = concat(header(0, true, false, 4326), point);
        e5[3] = (byte) (5 << 1 | 1);
        assertThatThrownBy(() -> decode(e5)).hasMessageContaining("envelope contents indicator 5");
        assertThatThrownBy(() -> decode(new byte[] {'G', 'P', 0})).hasMessageContaining("8 bytes");
        // an envelope of 4 doubles announced, the blob ending inside it
        assertThatThrownBy(() -> decode(concat(header(1, true, false, 4326), new byte[16])))
                .hasMessageContaining("ends in its header");
        // a WKB cut short
        byte[] whole = concat(header(0, true, false, 4326), wkbLine(true, 145, 43, 146, 44));
        assertThatThrownBy(() -> decode(java.util.Arrays.copyOf(whole, whole.length - 5)))
                .isInstanceOf(ParseException.class);
    }

    /**
     * A GeoPackage made with SQL as the standard writes it (§1.1.2, §1.1.3, §2.1.5 required tables, WGS 84 as srs
     * 4326), with one feature table whose columns are given after its "fid INTEGER PRIMARY KEY" and "geom".
     */
    static Connection geoPackage(Path p, String table, String geometryType, String columns) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + p);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = 1196444487");
            s.execute("PRAGMA user_version = 10300");
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
                    + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,"
                    + " definition TEXT NOT NULL, description TEXT)");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326,"
                    + " 'GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
                    + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]', NULL),"
                    + " ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL),"
                    + " ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL)");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
                    + " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT"
                    + " (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE,"
                    + " max_y DOUBLE, srs_id INTEGER)");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                    + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,"
                    + " m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name))");
            s.execute("CREATE TABLE " + table + " (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom " + geometryType
                    + (columns.isEmpty() ? "" : ", " + columns) + ")");
            s.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('" + table
                    + "', 'features', '" + table + "', 4326)");
            s.execute("INSERT INTO gpkg_geometry_columns VALUES ('" + table + "', 'geom', '" + geometryType
                    + "', 4326, 0, 0)");
        }
        return c;
    }

    /** A file whose blobs are made here: good, empty, and broken rows; the broken one is named by its fid. */
    @Test
    void aTableOfHandMadeBlobsIsReadRowByRow() throws Exception {
        Path p = tmp.resolve("blobs.gpkg");
        try (Connection c = geoPackage(p, "posts", "GEOMETRY", "name TEXT")) {
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO posts (fid, geom, name) VALUES (?, ?, ?)")) {
                Object[][] rows = {
                    {1, concat(header(1, false, false, 4326, 146, 146, 43, 43), wkbPoint(false, 146, 43)), "be"},
                    {2, concat(header(0, true, true, 4326), wkbPoint(true, Double.NaN, Double.NaN)), "empty"},
                    {3, new byte[] {'G', 'P', 0, 1, 1, 0}, "short"},
                    {4, null, "none"},
                    {5, concat(header(4, true, false, 4326, 1, 2, 3, 4, 5, 6, 7, 8),
                            wkbLine(true, 145, 43, 146, 44)), "line"},
                };
                for (Object[] r : rows) {
                    ins.setInt(1, (Integer) r[0]);
                    ins.setBytes(2, (byte[]) r[1]);
                    ins.setString(3, (String) r[2]);
                    ins.executeUpdate();
                }
            }
        }
        GeoJsonReadResult r = new GeoPackageLayerReader(LayerReadOptions.defaults()).read(p);
        assertThat(r.isComplete()).isTrue();
        assertThat(r.features()).extracting(f -> f.string("name")).containsExactly("be", "empty", "none", "line");
        assertThat(r.features()).extracting(Feature::rawId).containsExactly(1L, 2L, 4L, 5L);
        assertThat(r.features().get(1).geometry()).isNull();
        assertThat(r.features().get(2).geometry()).isNull();
        assertThat(r.features().get(3).geometry()).isInstanceOf(LineString.class);
        assertThat(r.errors()).hasSize(1);
        GeoJsonProblem bad = r.errors().get(0);
        assertThat(bad.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(bad.toString()).startsWith(p.toString()).contains("fid 3").contains("8 bytes");
    }

    /** GeoPackage column types (§1.1.1.1.3): BOOLEAN, FLOAT (4 bytes), DATE and DATETIME text, BLOB, JSON text. */
    @Test
    void columnValuesTakeTheirDeclaredTypes() throws Exception {
        Path p = tmp.resolve("types.gpkg");
        try (Connection c = geoPackage(p, "t", "POINT", "");
             Statement s = c.createStatement()) {
            for (String col : List.of("flag BOOLEAN", "small FLOAT", "big DOUBLE", "n INTEGER", "day DATE",
                    "at DATETIME", "raw BLOB", "list TEXT", "code TEXT(8)", "id TEXT")) {
                s.execute("ALTER TABLE t ADD COLUMN " + col);
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO t (geom, flag, small, big, n, day, at, raw,"
                    + " list, code, id) VALUES (?, 1, 0.1, 0.1, 42, '1956-10-19', '1956-10-19T12:30:00.000Z', x'00ff',"
                    + " '[1,2]', '007', 'post-1')")) {
                ins.setBytes(1, concat(header(0, true, false, 4326), wkbPoint(true, 146, 43)));
                ins.executeUpdate();
            }
        }
        GeoJsonReadResult r = new GeoPackageLayerReader(LayerReadOptions.defaults()).read(p);
        assertThat(r.errors()).isEmpty();
        Feature f = r.features().get(0);
        assertThat(f.rawId()).isEqualTo("post-1");
        assertThat(f.property("flag")).isEqualTo(true);
        assertThat(f.property("small")).isEqualTo((double) 0.1f);
        assertThat(f.property("big")).isEqualTo(0.1);
        assertThat(f.property("n")).isEqualTo(42L);
        assertThat(f.property("day")).isEqualTo("1956-10-19");
        assertThat(f.property("at")).isEqualTo("1956-10-19T12:30:00Z");
        assertThat(f.property("list")).isEqualTo(List.of(1L, 2L));
        assertThat(f.property("code")).isEqualTo("007");
        assertThat(f.properties()).doesNotContainKeys("raw", "id", "fid", "geom");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("raw").contains("BLOB"));
    }
}

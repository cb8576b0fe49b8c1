package org.claimscape.io.gpkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import mil.nga.sf.Point;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerFixtures;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.junit.jupiter.api.io.TempDir;

/** GeoPackage (OGC 12-128r) feature tables: written and read with NGA's library, reprojected with SIS. */
class GeoPackageLayerTest {

    @TempDir
    Path tmp;

    private static GeoJsonReadResult read(Path p) {
        return new GeoPackageLayerReader(LayerReadOptions.defaults()).read(p);
    }

    @Test
    void writtenLayersReadBackEqualWithTypedColumns() throws IOException {
        for (Layer layer : List.of(LayerFixtures.points(), LayerFixtures.shapes())) {
            Path p = tmp.resolve(layer.id() + ".gpkg");
            new GeoPackageLayerWriter().write(layer, p);
            GeoJsonReadResult r = read(p);
            assertThat(r.isValid()).as(r.problems().toString()).isTrue();
            LayerFixtures.assertSameShapes(r.features(), layer.features());
            for (int i = 0; i < layer.size(); i++) {
                assertThat(r.features().get(i).rawId()).isEqualTo(layer.features().get(i).rawId());
                assertThat(r.features().get(i).properties()).isEqualTo(layer.features().get(i).properties());
            }
        }
        GeoPackage gp = GeoPackageManager.open(tmp.resolve("sites.gpkg").toFile(), false);
        try {
            assertThat(gp.getFeatureTables()).containsExactly("Sites");
            FeatureDao dao = gp.getFeatureDao("Sites");
            assertThat(dao.getSrs().getOrganizationCoordsysId()).isEqualTo(4326);
            assertThat(dao.getGeometryType()).isEqualTo(GeometryType.POINT);
            assertThat(dao.getTable().getColumn("population").getDataType().name()).isEqualTo("INTEGER");
            assertThat(dao.getTable().getColumn("port").getDataType().name()).isEqualTo("BOOLEAN");
        } finally {
            gp.close();
        }
    }

    /** A null value (a column without a date, an empty cell) says nothing of its column's type. */
    @Test
    void aPropertyThatIsNullInSomeOrAllFeaturesIsWritten() throws IOException {
        GeometryFactory gf = new GeometryFactory();
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("valid_to", null);
        first.put("note", null);
        first.put("rows", 3L);
        Layer layer = new Layer("gaps", "Gaps", List.of(
                new Feature(1, gf.createPoint(new Coordinate(145.7, 43.9)), first),
                new Feature(2, gf.createPoint(new Coordinate(147.6, 45.2)), Map.of("valid_to", "1993-12-31",
                        "rows", 5L))));
        Path p = tmp.resolve("gaps.gpkg");
        new GeoPackageLayerWriter().write(layer, p);
        GeoJsonReadResult r = read(p);
        assertThat(r.isValid()).as(r.problems().toString()).isTrue();
        assertThat(r.features()).extracting(f -> f.string("valid_to")).containsExactly(null, "1993-12-31");
        assertThat(r.features()).extracting(f -> f.properties().get("rows")).containsExactly(3L, 5L);
        assertThat(r.features().get(0).properties().get("note")).isNull();
    }

    @Test
    void everyFeatureTableIsReadAndNamedWhenThereAreSeveral() throws IOException {
        Path p = tmp.resolve("two.gpkg");
        new GeoPackageLayerWriter().write(List.of(LayerFixtures.points(), LayerFixtures.shapes()), p);
        GeoJsonReadResult r = read(p);
        assertThat(r.isValid()).isTrue();
        assertThat(r.features()).hasSize(6);
        assertThat(r.features()).extracting(f -> f.string(GeoPackageLayerReader.TABLE))
                .containsExactly("Sites", "Sites", "Sites", "Shapes", "Shapes", "Shapes");
    }

    @Test
    void aProjectedTableIsMovedToWgs84() throws Exception {
        Path p = tmp.resolve("utm.gpkg");
        GeoPackageManager.create(p.toFile());
        GeoPackage gp = GeoPackageManager.open(p.toFile());
        try {
            SpatialReferenceSystem utm = new SpatialReferenceSystem();
            utm.setSrsName("WGS 84 / UTM zone 55N");
            utm.setSrsId(32655);
            utm.setOrganization("EPSG");
            utm.setOrganizationCoordsysId(32655);
            utm.setDefinition("PROJCS[\"WGS 84 / UTM zone 55N\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID["
                    + "\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],"
                    + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],PARAMETER["
                    + "\"central_meridian\",147],PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],"
                    + "PARAMETER[\"false_northing\",0],UNIT[\"metre\",1],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH]]");
            gp.getSpatialReferenceSystemDao().create(utm);
            GeometryColumns gc = new GeometryColumns();
            gc.setId(new TableColumnKey("posts", "geom"));
            gc.setGeometryType(GeometryType.POINT);
            gc.setZ((byte) 0);
            gc.setM((byte) 0);
            gc.setSrs(utm);
            gp.createFeatureTable(FeatureTableMetadata.create(gc));
            FeatureDao dao = gp.getFeatureDao("posts");
            FeatureRow row = dao.newRow();
            /*
             * UTM zone 55N: easting 500000 is the central meridian 147° E, and the northing of 45° N is the WGS84
             * meridian arc to 45° (4,984,944.378 m) times the scale factor 0.9996.
             */
            row.setGeometry(GeoPackageGeometryData.create(utm.getSrsId(), new Point(500000, 4984944.378 * 0.9996)));
            dao.insert(row);
        } finally {
            gp.close();
        }
        GeoJsonReadResult r = read(p);
        assertThat(r.isValid()).as(r.problems().toString()).isTrue();
        Feature f = r.features().get(0);
        assertThat(f.geometry().getCoordinate().x).isCloseTo(147.0, within(1e-9));
        assertThat(f.geometry().getCoordinate().y).isCloseTo(45.0, within(1e-7));
    }

    @Test
    void filesThatAreNotGeoPackagesAreRefusedCleanly() throws Exception {
        Path text = tmp.resolve("text.gpkg");
        Files.writeString(text, "{\"type\":\"FeatureCollection\",\"features\":[]}");
        GeoJsonReadResult r = read(text);
        assertThat(r.isComplete()).isFalse();
        assertThat(r.errors().get(0).kind()).isEqualTo(Kind.NOT_GEOJSON);
        assertThat(r.errors().get(0).toString()).startsWith(text.toString()).contains("not a GeoPackage").contains("SQLite");

        Path empty = tmp.resolve("empty.gpkg");
        Files.write(empty, new byte[0]);
        assertThat(read(empty).errors().get(0).message()).contains("not a GeoPackage");

        Path plain = tmp.resolve("plain.gpkg");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plain);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INTEGER)");
            s.execute("INSERT INTO t VALUES (1)");
        }
        GeoJsonReadResult p = read(plain);
        assertThat(p.isComplete()).isFalse();
        assertThat(p.errors().get(0).message()).containsAnyOf("not a GeoPackage", "not a readable GeoPackage",
                "no feature table");

        byte[] truncated = Files.readAllBytes(writeSites());
        Path cut = tmp.resolve("cut.gpkg");
        Files.write(cut, java.util.Arrays.copyOf(truncated, 2048));
        GeoJsonReadResult c = read(cut);
        assertThat(c.isValid()).isFalse();
        assertThat(c.errors().get(0).toString()).startsWith(cut.toString());
        assertThat(read(tmp.resolve("missing.gpkg")).errors().get(0).message()).isEqualTo("file not found");
    }

    private Path writeSites() throws IOException {
        Path p = tmp.resolve("sites-for-cut.gpkg");
        new GeoPackageLayerWriter().write(LayerFixtures.points(), p);
        return p;
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path p = tmp.resolve("keep.gpkg");
        new GeoPackageLayerWriter().write(LayerFixtures.points(), p);
        new GeoPackageLayerWriter().write(LayerFixtures.shapes(), p);
        assertThat(read(p).features()).hasSize(3).allSatisfy(f -> assertThat(f.string("kind")).isNotNull());
        try (var dir = Files.list(tmp)) {
            assertThat(dir.map(f -> f.getFileName().toString())).containsExactly("keep.gpkg");
        }
    }

    @Test
    void tableNamesAvoidTheReservedPrefixesAndRepeats() {
        java.util.Set<String> taken = new java.util.HashSet<>();
        assertThat(tableName("gpkg_contents", taken)).isEqualTo("layer_gpkg_contents");
        assertThat(tableName("user-sites (2024)", taken)).isEqualTo("user_sites_2024");
        assertThat(tableName("user sites 2024", taken)).isEqualTo("user_sites_2024_2");
        assertThat(tableName("1945", taken)).isEqualTo("layer_1945");
    }

    private static String tableName(String id, java.util.Set<String> taken) {
        return GeoPackageLayerWriter.tableName(id, taken);
    }
}

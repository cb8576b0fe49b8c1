package org.claimscape.io.shp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerFixtures;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.SafeZip;
import org.claimscape.io.WriteReport;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.h2gis.functions.io.shp.internal.ShapeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

/** ESRI Shapefiles (ESRI Shapefile Technical Description, July 1998): .shp/.shx/.dbf, .prj, .cpg and zips. */
class ShapefileLayerTest {

    @TempDir
    Path tmp;

    private static GeoJsonReadResult read(Path p) {
        return new ShapefileLayerReader(LayerReadOptions.defaults()).read(p);
    }

    @Test
    void pointsPolygonsWithHolesMultipolygonsAndLinesReadBackEqual() throws IOException {
        Layer points = LayerFixtures.points();
        Path p = tmp.resolve("sites.shp");
        WriteReport report = new ShapefileLayerWriter().write(points, p);
        assertThat(report.files()).extracting(f -> f.getFileName().toString())
                .containsExactlyInAnyOrder("sites.shp", "sites.shx", "sites.dbf", "sites.prj", "sites.cpg");
        GeoJsonReadResult r = read(p);
        assertThat(r.isValid()).as(r.problems().toString()).isTrue();
        LayerFixtures.assertSameShapes(r.features(), points.features());
        for (int i = 0; i < points.size(); i++) {
            assertThat(r.features().get(i).rawId()).isEqualTo(points.features().get(i).rawId());
            assertThat(r.features().get(i).properties()).isEqualTo(points.features().get(i).properties());
        }

        Layer shapes = LayerFixtures.shapes();
        Path s = tmp.resolve("shapes.shp");
        WriteReport split = new ShapefileLayerWriter().write(shapes, s);
        assertThat(split.warnings()).anySatisfy(w -> assertThat(w).contains("2 kinds of shape"));
        GeoJsonReadResult polygons = read(tmp.resolve("shapes_polygons.shp"));
        GeoJsonReadResult lines = read(tmp.resolve("shapes_lines.shp"));
        assertThat(polygons.isValid()).as(polygons.problems().toString()).isTrue();
        LayerFixtures.assertSameShapes(polygons.features(), shapes.features().subList(0, 2));
        LayerFixtures.assertSameShapes(lines.features(), shapes.features().subList(2, 3));
    }

    @Test
    void manyMultipolygonsInARowKeepTheirRecordsApart() throws IOException {
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            double x = 140 + i * 0.1;
            features.add(new Feature((long) i, LayerFixtures.wkt("MULTIPOLYGON (((" + x + " 43, " + (x + 0.05)
                    + " 43, " + (x + 0.05) + " 43.05, " + x + " 43)), ((" + x + " 44, " + (x + 0.05) + " 44, "
                    + (x + 0.05) + " 44.05, " + x + " 44)), ((" + x + " 45, " + (x + 0.05) + " 45, " + (x + 0.05)
                    + " 45.05, " + x + " 45)))"), LayerFixtures.props("i", (long) i)));
        }
        features.add(1, new Feature(999L, null, LayerFixtures.props("i", 999L)));
        Layer layer = new Layer("multi", "Multi", features);
        Path p = tmp.resolve("multi.shp");
        new ShapefileLayerWriter().write(layer, p);
        GeoJsonReadResult r = read(p);
        assertThat(r.isValid()).as(r.problems().toString()).isTrue();
        assertThat(r.features()).hasSize(51);
        assertThat(r.features().get(1).geometry()).isNull();
        List<Feature> withShapes = new ArrayList<>(r.features());
        withShapes.remove(1);
        List<Feature> expected = new ArrayList<>(features);
        expected.remove(1);
        LayerFixtures.assertSameShapes(withShapes, expected);
        // the file's length in its header agrees with its size (100-byte header, 16-bit words)
        byte[] shp = Files.readAllBytes(p);
        int words = java.nio.ByteBuffer.wrap(shp, 24, 4).getInt();
        assertThat(words * 2L).isEqualTo(shp.length);
    }

    @Test
    void thePrjIsReprojectedToWgs84() throws IOException {
        // UTM 55N: easting 500000 is 147° E; the northing of 45° N is the meridian arc 4,984,944.378 m × 0.9996
        Layer utm = new Layer("utm", "UTM", List.of(new Feature("c", LayerFixtures.wkt("POINT (500000 "
                + (4984944.378 * 0.9996) + ")"), LayerFixtures.props("name", "centre"))));
        Path p = tmp.resolve("utm.shp");
        new ShapefileLayerWriter().write(utm, p);
        Files.writeString(tmp.resolve("utm.prj"), "PROJCS[\"WGS_1984_UTM_Zone_55N\",GEOGCS[\"GCS_WGS_1984\","
                + "DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
                + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER["
                + "\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\","
                + "147.0],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\","
                + "1.0]]");
        GeoJsonReadResult r = read(p);
        assertThat(r.isValid()).as(r.problems().toString()).isTrue();
        assertThat(r.features().get(0).geometry().getCoordinate().x).isCloseTo(147.0, within(1e-9));
        assertThat(r.features().get(0).geometry().getCoordinate().y).isCloseTo(45.0, within(1e-7));

        Files.delete(tmp.resolve("utm.prj"));
        GeoJsonReadResult none = read(p);
        assertThat(none.features()).isEmpty();
        assertThat(none.warnings()).anySatisfy(w -> assertThat(w.message()).contains("no .prj"));
        assertThat(none.errors()).extracting(e -> e.kind()).containsExactly(Kind.LATITUDE_OUT_OF_RANGE);
        assertThat(none.errors().get(0).message()).contains("projected");
    }

    @Test
    void theCpgNamesTheDbfEncoding() throws IOException {
        Layer layer = new Layer("ru", "RU", List.of(new Feature("a", LayerFixtures.wkt("POINT (147 45)"),
                LayerFixtures.props("name_ru", "Курильск"))));
        Path p = tmp.resolve("ru.shp");
        new ShapefileLayerWriter().write(layer, p);
        Charset cp1251 = Charset.forName("windows-1251");
        Path dbf = tmp.resolve("ru.dbf");
        Files.delete(dbf);
        DBFWriter w = new DBFWriter(dbf.toFile(), cp1251);
        w.setFields(new DBFField[] {new DBFField("id", DBFDataType.CHARACTER, 5),
            new DBFField("name_ru", DBFDataType.CHARACTER, 20)});
        w.addRecord(new Object[] {"a", "Курильск"});
        w.close();
        assertThat(new String(Files.readAllBytes(dbf), StandardCharsets.UTF_8)).doesNotContain("Курильск");
        Files.writeString(tmp.resolve("ru.cpg"), "1251");
        assertThat(read(p).features().get(0).string("name_ru")).isEqualTo("Курильск");
        Files.writeString(tmp.resolve("ru.cpg"), "ANSI 1251\r\n");
        assertThat(read(p).features().get(0).string("name_ru")).isEqualTo("Курильск");
        assertThat(ShapefileEncodings.forCpg("UTF-8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(ShapefileEncodings.forCpg("88591")).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(ShapefileEncodings.forCpg("932")).isEqualTo(Charset.forName("windows-31j"));
        assertThat(ShapefileEncodings.forCpg("no such")).isNull();
    }

    @Test
    void longNamesAndTextsAreCutWithWarnings() throws IOException {
        String longText = "あ".repeat(100); // 300 bytes in UTF-8
        Layer layer = new Layer("l", "L", List.of(new Feature("a", LayerFixtures.wkt("POINT (147 45)"),
                LayerFixtures.props("name_ja_latn", "Kunashiri", "name_ja_latx", "x", "description", longText))));
        WriteReport report = new ShapefileLayerWriter().write(layer, tmp.resolve("l.shp"));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("name_ja_latn").contains("name_ja_la"))
                .anySatisfy(w -> assertThat(w).contains("254 bytes"));
        Feature f = read(tmp.resolve("l.shp")).features().get(0);
        assertThat(f.properties()).containsKeys("name_ja_la", "name_ja__1", "descriptio");
        assertThat(f.string("descriptio")).isEqualTo("あ".repeat(84));
    }

    @Test
    void zippedShapefilesAreReadAndHostileZipsRefused() throws IOException {
        Path zip = tmp.resolve("sites.zip");
        new ShapefileLayerWriter().write(LayerFixtures.points(), zip);
        GeoJsonReadResult r = read(zip);
        assertThat(r.isValid()).as(r.problems().toString()).isTrue();
        assertThat(r.features()).hasSize(3);

        Path slip = tmp.resolve("slip.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(slip))) {
            z.putNextEntry(new ZipEntry("../../evil.shp"));
            z.write(1);
        }
        assertThat(read(slip).errors().get(0).message()).contains("outside the archive");

        Path none = tmp.resolve("none.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(none))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write(1);
        }
        assertThat(read(none).errors().get(0).message()).contains("no .shp");

        Path bomb = tmp.resolve("bomb.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("big.dbf"));
            OutputStream o = z;
            byte[] zeros = new byte[1 << 20];
            for (long w = 0; w < SafeZip.SMALL_BYTES + (32L << 20); w += zeros.length) {
                o.write(zeros);
            }
        }
        GeoJsonReadResult b = read(bomb);
        assertThat(b.errors().get(0).kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(b.errors().get(0).message()).contains("zip bomb");

        Path many = tmp.resolve("many.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(many))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                z.putNextEntry(new ZipEntry("part" + i + ".dbf")); // each within its own ratio, not all together
                for (int k = 0; k < 4; k++) {
                    z.write(zeros);
                }
            }
        }
        GeoJsonReadResult m = read(many);
        assertThat(m.errors().get(0).message()).contains("zip bomb");

        Path notZip = tmp.resolve("text.zip");
        Files.writeString(notZip, "not a zip");
        assertThat(read(notZip).errors().get(0).message()).contains("not a zip archive");
    }

    @Test
    void aShapefileWithoutItsDbfOrShxOrWithGarbageIsRefused() throws IOException {
        Path p = tmp.resolve("gone.shp");
        new ShapefileLayerWriter().write(LayerFixtures.points(), p);
        Files.delete(tmp.resolve("gone.dbf"));
        GeoJsonReadResult noDbf = read(p);
        assertThat(noDbf.isComplete()).isFalse();
        assertThat(noDbf.errors().get(0).toString()).startsWith(p.toString()).contains("no .dbf").contains("gone.dbf");

        Path q = tmp.resolve("noidx.shp");
        new ShapefileLayerWriter().write(LayerFixtures.points(), q);
        Files.delete(tmp.resolve("noidx.shx"));
        assertThat(read(q).errors().get(0).message()).contains("no .shx");

        Path g = tmp.resolve("garbage.shp");
        new ShapefileLayerWriter().write(LayerFixtures.points(), g);
        byte[] junk = new byte[300];
        new java.util.Random(3).nextBytes(junk);
        Files.write(g, junk);
        GeoJsonReadResult garbage = read(g);
        assertThat(garbage.isValid()).isFalse();
        assertThat(garbage.errors().get(0).toString()).startsWith(g.toString());
        assertThat(read(tmp.resolve("missing.shp")).errors().get(0).message()).isEqualTo("file not found");
    }

    @Test
    void polygonRingsAreWrittenClockwiseOuterAsTheSpecAsksAndTheModelIsNotTouched() throws IOException {
        Geometry ccw = LayerFixtures.wkt("POLYGON ((145 43, 146 43, 146 44, 145 44, 145 43))");
        Layer layer = new Layer("o", "O", List.of(new Feature("a", ccw, LayerFixtures.props())));
        new ShapefileLayerWriter().write(layer, tmp.resolve("o.shp"));
        assertThat(ccw.getCoordinates()[1].x).as("the layer's own geometry is unchanged").isEqualTo(146.0);
        Geometry back = read(tmp.resolve("o.shp")).features().get(0).geometry();
        assertThat(org.locationtech.jts.algorithm.Orientation.isCCW(
                ((org.locationtech.jts.geom.Polygon) back.getGeometryN(0)).getExteriorRing().getCoordinates()))
                .isFalse();
        assertThat(ShapeType.POLYGON.id).isEqualTo(5);
    }
}

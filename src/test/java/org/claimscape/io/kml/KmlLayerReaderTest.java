package org.claimscape.io.kml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerFixtures;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.SafeZip;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Polygon;

/** KML 2.2 (OGC 07-147r2) Placemarks and KMZ archives, as Google Earth and GDAL write them. */
class KmlLayerReaderTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><name>Test</name>\n";
    private static final String TAIL = "</Document></kml>\n";

    @TempDir
    Path tmp;

    private static GeoJsonReadResult read(String kml) {
        return new KmlLayerReader(LayerReadOptions.defaults())
                .read(new ByteArrayInputStream(kml.getBytes(StandardCharsets.UTF_8)), "test.kml");
    }

    @Test
    void placemarksBecomeFeaturesWithEveryGeometryOfTheSpec() {
        GeoJsonReadResult r = read(HEAD
                + "<Placemark id=\"p1\"><name>Cape</name><description><![CDATA[<b>bold</b>]]></description>"
                + "<Point><coordinates>145.5,43.5,12</coordinates></Point></Placemark>\n"
                + "<Placemark><name>Road</name><LineString><tessellate>1</tessellate><coordinates>\n"
                + "  145,43 145.5,43.5\n  146,44 </coordinates></LineString></Placemark>\n"
                + "<Placemark><name>Lake</name><Polygon><outerBoundaryIs><LinearRing><coordinates>145,43 146,43 "
                + "146,44 145,44 145,43</coordinates></LinearRing></outerBoundaryIs><innerBoundaryIs><LinearRing>"
                + "<coordinates>145.2,43.2 145.2,43.4 145.4,43.4 145.4,43.2 145.2,43.2</coordinates></LinearRing>"
                + "</innerBoundaryIs></Polygon></Placemark>\n"
                + "<Placemark><name>Islands</name><MultiGeometry><Polygon><outerBoundaryIs><LinearRing><coordinates>"
                + "147,45 147.5,45 147.5,45.5 147,45</coordinates></LinearRing></outerBoundaryIs></Polygon><Polygon>"
                + "<outerBoundaryIs><LinearRing><coordinates>148,45 148.5,45 148.5,45.5 148,45</coordinates>"
                + "</LinearRing></outerBoundaryIs></Polygon></MultiGeometry></Placemark>\n"
                + "<Placemark><name>Mixed</name><MultiGeometry><Point><coordinates>147,45</coordinates></Point>"
                + "<LineString><coordinates>147,45 148,46</coordinates></LineString></MultiGeometry></Placemark>\n"
                + "<Placemark><name>Nowhere</name></Placemark>\n" + TAIL);
        assertThat(r.isValid()).as(r.problems().toString()).isTrue();
        assertThat(r.features()).extracting(f -> f.geometry() == null ? "none" : f.geometry().getGeometryType())
                .containsExactly("Point", "LineString", "Polygon", "MultiPolygon", "GeometryCollection", "none");
        Feature cape = r.features().get(0);
        assertThat(cape.rawId()).isEqualTo("p1");
        assertThat(cape.string("name")).isEqualTo("Cape");
        assertThat(cape.string("description")).isEqualTo("<b>bold</b>");
        assertThat(cape.geometry().getCoordinate().getZ()).isEqualTo(12.0);
        assertThat(r.features().get(1).geometry().getNumPoints()).isEqualTo(3);
        assertThat(((Polygon) r.features().get(2).geometry()).getNumInteriorRing()).isEqualTo(1);
    }

    @Test
    void foldersExtendedDataAndTimeSpansBecomeProperties() {
        GeoJsonReadResult r = read(HEAD
                + "<Schema name=\"s\" id=\"s\"><SimpleField name=\"pop\" type=\"int\"/></Schema>\n"
                + "<Folder><name>Kurils</name><Folder><name>South</name>"
                + "<Placemark><name>A</name><TimeSpan><begin>1855-02-07</begin><end>1945-08-28</end></TimeSpan>"
                + "<ExtendedData><Data name=\"id\"><value>a-1</value></Data><Data name=\"type\"><value>port</value>"
                + "</Data><SchemaData schemaUrl=\"#s\"><SimpleData name=\"pop\">1600</SimpleData></SchemaData>"
                + "</ExtendedData><Point><coordinates>147,45</coordinates></Point></Placemark>"
                + "</Folder></Folder>\n"
                + "<Placemark><name>B</name><Point><coordinates>146,44</coordinates></Point></Placemark>\n" + TAIL);
        assertThat(r.isValid()).as(r.problems().toString()).isTrue();
        Feature a = r.features().get(0);
        assertThat(a.rawId()).isEqualTo("a-1");
        assertThat(a.properties()).containsEntry("folder", "Kurils/South").containsEntry("type", "port")
                .containsEntry("pop", 1600L).containsEntry("valid_from", "1855-02-07")
                .containsEntry("valid_to", "1945-08-28").doesNotContainKey("id");
        assertThat(a.validity().from()).hasToString("1855-02-07");
        assertThat(r.features().get(1).properties()).doesNotContainKey("folder");
    }

    @Test
    void brokenGeometriesAreErrorsWithLineAndColumnAndTheRestIsKept() {
        GeoJsonReadResult r = read(HEAD
                + "<Placemark><name>bad</name><Point><coordinates>east,45</coordinates></Point></Placemark>\n"
                + "<Placemark><name>far</name><Point><coordinates>147,95</coordinates></Point></Placemark>\n"
                + "<Placemark><name>thin</name><Polygon><outerBoundaryIs><LinearRing><coordinates>145,43 146,43"
                + "</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>\n"
                + "<Placemark><name>open</name><Polygon><outerBoundaryIs><LinearRing><coordinates>145,43 146,43 "
                + "146,44 145,44</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>\n"
                + "<Placemark><name>good</name><Point><coordinates>146,44</coordinates></Point></Placemark>\n"
                + TAIL);
        assertThat(r.features()).extracting(f -> f.string("name")).containsExactly("open", "good");
        assertThat(r.errors()).extracting(GeoJsonProblem::kind).containsExactly(Kind.NOT_A_NUMBER,
                Kind.LATITUDE_OUT_OF_RANGE, Kind.TOO_FEW_POSITIONS);
        GeoJsonProblem first = r.errors().get(0);
        assertThat(first.line()).isEqualTo(3);
        assertThat(first.column()).isPositive();
        assertThat(first.toString()).startsWith("test.kml:3:").contains("feature #0").contains("\"east\"");
        assertThat(r.warnings()).extracting(GeoJsonProblem::kind).containsExactly(Kind.RING_NOT_CLOSED);
    }

    @Test
    void hostileXmlIsRefusedCleanly() {
        GeoJsonReadResult notKml = read("<?xml version=\"1.0\"?><html><body/></html>");
        assertThat(notKml.errors().get(0).message()).contains("not KML").contains("<html>");
        GeoJsonReadResult truncated = read(HEAD + "<Placemark><name>cut");
        assertThat(truncated.isComplete()).isFalse();
        assertThat(truncated.errors().get(0).kind()).isEqualTo(Kind.MALFORMED_JSON);
        assertThat(truncated.errors().get(0).message()).startsWith("malformed XML");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                + "&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><kml><Document><Placemark>"
                + "<name>&c;</name></Placemark></Document></kml>";
        GeoJsonReadResult bomb = read(laughs);
        assertThat(bomb.features()).allSatisfy(f -> assertThat(f.string("name")).doesNotContain("aaaa"));
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><kml>"
                + "<Document><Placemark><name>&x;</name></Placemark></Document></kml>";
        GeoJsonReadResult external = read(xxe);
        assertThat(external.features()).allSatisfy(f -> assertThat(f.string("name")).doesNotContain("root"));
        assertThat(read("").errors().get(0).message()).contains("malformed XML");
    }

    @Test
    void kmzIsTheZipsDocKmlAndHostileZipsAreRefused() throws IOException {
        Path kmz = tmp.resolve("a.kmz");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(kmz))) {
            z.putNextEntry(new ZipEntry("files/icon.png"));
            z.write(new byte[] {1, 2, 3});
            z.putNextEntry(new ZipEntry("doc.kml"));
            z.write((HEAD + "<Placemark><name>Z</name><Point><coordinates>147,45</coordinates></Point></Placemark>"
                    + TAIL).getBytes(StandardCharsets.UTF_8));
        }
        GeoJsonReadResult r = new KmlLayerReader(LayerReadOptions.defaults()).read(kmz);
        assertThat(r.isValid()).as(r.problems().toString()).isTrue();
        assertThat(r.features()).extracting(f -> f.string("name")).containsExactly("Z");

        Path notZip = tmp.resolve("b.kmz");
        Files.writeString(notZip, HEAD + TAIL);
        assertThat(new KmlLayerReader(LayerReadOptions.defaults()).read(notZip).errors().get(0).message())
                .contains("not a KMZ").contains("zip");

        Path empty = tmp.resolve("c.kmz");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(empty))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write('x');
        }
        assertThat(new KmlLayerReader(LayerReadOptions.defaults()).read(empty).errors().get(0).message())
                .contains("no .kml");

        Path bomb = tmp.resolve("bomb.kmz");
        long expanded = SafeZip.SMALL_BYTES + (64L << 20);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("doc.kml"));
            OutputStream o = z;
            o.write((HEAD + "<Placemark><name>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long w = 0; w < expanded; w += spaces.length) {
                o.write(spaces);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(SafeZip.SMALL_BYTES / SafeZip.MAX_RATIO * 10);
        GeoJsonReadResult b = new KmlLayerReader(LayerReadOptions.defaults()).read(bomb);
        assertThat(b.isComplete()).isFalse();
        assertThat(b.errors().get(0).kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(b.errors().get(0).message()).contains("zip bomb");
    }

    @Test
    void writtenLayersReadBackEqualInKmlAndKmz() throws IOException {
        for (Layer layer : List.of(LayerFixtures.points(), LayerFixtures.shapes())) {
            for (String name : List.of("out.kml", "out.kmz")) {
                Path p = tmp.resolve(layer.id() + "-" + name);
                new KmlLayerWriter().write(layer, p);
                GeoJsonReadResult r = new KmlLayerReader(LayerReadOptions.defaults()).read(p);
                assertThat(r.isValid()).as(r.problems().toString()).isTrue();
                LayerFixtures.assertSameShapes(r.features(), layer.features());
                for (int i = 0; i < layer.size(); i++) {
                    Feature in = layer.features().get(i);
                    Feature back = r.features().get(i);
                    assertThat(back.rawId()).isEqualTo(in.rawId());
                    assertThat(back.properties()).containsAllEntriesOf(in.properties());
                    // KML labels every Placemark: the English name comes back as "name" too
                    assertThat(back.string("name")).isEqualTo(in.names().en());
                }
            }
        }
        String kml = Files.readString(tmp.resolve("sites-out.kml"));
        assertThat(kml).contains("<kml xmlns=\"http://www.opengis.net/kml/2.2\">").contains("<Placemark id=\"yuzhno\">")
                .contains("<coordinates>145.8611,44.0306</coordinates>");
    }

    @Test
    void folderPropertiesBecomeFoldersAndComeBack() throws IOException {
        Layer layer = new Layer("f", "F", List.of(
                new Feature("a", LayerFixtures.wkt("POINT (147 45)"), LayerFixtures.props("folder", "Kurils/South")),
                new Feature("b", LayerFixtures.wkt("POINT (146 44)"), LayerFixtures.props("folder", "Kurils")),
                new Feature("c", LayerFixtures.wkt("POINT (145 43)"), LayerFixtures.props("valid_from", "1945-08-28"))));
        Path p = tmp.resolve("folders.kml");
        new KmlLayerWriter().write(layer, p);
        GeoJsonReadResult r = new KmlLayerReader(LayerReadOptions.defaults()).read(p);
        assertThat(r.features()).extracting(f -> f.id() + ":" + f.string("folder"))
                .containsExactlyInAnyOrder("a:Kurils/South", "b:Kurils", "c:null");
        assertThat(Files.readString(p)).contains("<TimeSpan><begin>1945-08-28</begin></TimeSpan>");
    }
}

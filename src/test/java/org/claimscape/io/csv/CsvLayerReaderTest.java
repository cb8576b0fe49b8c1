package org.claimscape.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerFixtures;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

/** CSV and TSV layers, from RFC 4180 (quoting, CRLF, fields with line breaks) and the common column names. */
class CsvLayerReaderTest {

    @TempDir
    Path tmp;

    private Path file(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static GeoJsonReadResult read(Path p) {
        return new CsvLayerReader(LayerReadOptions.defaults(), null).read(p);
    }

    @Test
    void rfc4180QuotingCrlfAndLineBreaksInsideQuotes() throws IOException {
        Path p = file("q.csv", "name,lat,lon,note\r\n"
                + "\"Cape \"\"Crillon\"\", south\",45.9,142.08,\"two\r\nlines\"\r\n"
                + "Plain,44.03,145.86,\r\n");
        GeoJsonReadResult r = read(p);
        assertThat(r.isValid()).as(r.problems().toString()).isTrue();
        assertThat(r.features()).hasSize(2);
        Feature f = r.features().get(0);
        assertThat(f.string("name")).isEqualTo("Cape \"Crillon\", south");
        assertThat(f.string("note")).isEqualTo("two\r\nlines");
        Point pt = (Point) f.geometry();
        assertThat(pt.getX()).isEqualTo(142.08);
        assertThat(pt.getY()).isEqualTo(45.9);
        assertThat(r.features().get(1).properties()).doesNotContainKey("note"); // an empty cell is no value
    }

    @Test
    void commonColumnNamesAreRecognised() {
        assertThat(CsvColumns.detect(List.of("Name", "Latitude", "Longitude"))).contains(
                CsvColumns.latLon("Latitude", "Longitude"));
        assertThat(CsvColumns.detect(List.of("y", "x"))).contains(CsvColumns.latLon("y", "x"));
        assertThat(CsvColumns.detect(List.of("lng", "LAT"))).contains(CsvColumns.latLon("LAT", "lng"));
        assertThat(CsvColumns.detect(List.of("名前", "緯度", "経度"))).contains(CsvColumns.latLon("緯度", "経度"));
        assertThat(CsvColumns.detect(List.of("id", "WKT", "lat", "lon"))).contains(CsvColumns.wkt("WKT"));
        assertThat(CsvColumns.detect(List.of("north", "east"))).isEmpty();
    }

    @Test
    void aWktColumnCarriesAnyGeometryAndEwktPrefixesAreDropped() throws IOException {
        Path p = file("w.csv", "WKT,id,name\n"
                + "\"POLYGON ((145 43, 146 43, 146 44, 145 43))\",p1,Tri\n"
                + "SRID=4326;POINT (147 45),p2,Pt\n"
                + "\"LINESTRING (145 43, 146 44)\",7,Ln\n");
        GeoJsonReadResult r = read(p);
        assertThat(r.isValid()).as(r.problems().toString()).isTrue();
        assertThat(r.features()).extracting(f -> f.geometry().getGeometryType())
                .containsExactly("Polygon", "Point", "LineString");
        assertThat(r.features()).extracting(Feature::rawId).containsExactly("p1", "p2", 7L);
        assertThat(r.features().get(0).properties()).containsOnlyKeys("name");
    }

    @Test
    void semicolonFilesWithDecimalCommasAndTabFiles() throws IOException {
        GeoJsonReadResult semi = read(file("s.csv", "name;lat;lon\nA;\"44,5\";\"146,25\"\n"));
        assertThat(semi.isValid()).as(semi.problems().toString()).isTrue();
        assertThat(semi.features().get(0).geometry().getCoordinate().y).isEqualTo(44.5);
        GeoJsonReadResult tsv = read(file("t.tsv", "name\tlatitude\tlongitude\nB, with comma\t45\t147\n"));
        assertThat(tsv.features().get(0).string("name")).isEqualTo("B, with comma");
        assertThat(tsv.features().get(0).geometry().getCoordinate().x).isEqualTo(147.0);
    }

    @Test
    void valuesKeepTheirTypesAndAByteOrderMarkIsSkipped() throws IOException {
        Path p = file("v.csv", "\uFEFFlat,lon,count,share,flag,code,list\n45,147,12,0.25,true,007,\"[1,2]\"\n");
        GeoJsonReadResult r = read(p);
        Feature f = r.features().get(0);
        assertThat(f.property("count")).isEqualTo(12L);
        assertThat(f.property("share")).isEqualTo(0.25);
        assertThat(f.property("flag")).isEqualTo(true);
        assertThat(f.property("code")).isEqualTo("007");
        assertThat(f.property("list")).isEqualTo(List.of(1L, 2L));
        assertThat(f.geometry()).isNotNull();
    }

    @Test
    void badRowsAreReportedWithTheirLineAndTheOthersKept() throws IOException {
        Path p = file("b.csv", "name,lat,lon\nok,45,147\nbad,north,147\nfar,95,147\nshort,44\nok2,44,146\n");
        GeoJsonReadResult r = read(p);
        assertThat(r.isComplete()).isTrue();
        assertThat(r.features()).extracting(f -> f.string("name")).containsExactly("ok", "ok2");
        assertThat(r.errors()).extracting(GeoJsonProblem::kind)
                .containsExactly(Kind.NOT_A_NUMBER, Kind.LATITUDE_OUT_OF_RANGE, Kind.NOT_A_NUMBER);
        assertThat(r.errors().get(0).line()).isEqualTo(3);
        assertThat(r.errors().get(0).toString()).startsWith(p + ":3").contains("lat \"north\" is not a number");
        assertThat(r.errors().get(1).line()).isEqualTo(4);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("2 fields"));
    }

    @Test
    void withoutGeometryColumnsTheFileIsRefusedNamingItsColumns() throws IOException {
        Path p = file("n.csv", "place,north,east\nA,45,147\n");
        GeoJsonReadResult r = read(p);
        assertThat(r.isComplete()).isFalse();
        assertThat(r.errors().get(0).message()).contains("place, north, east");
        assertThat(CsvLayerReader.header(p).detected()).isEmpty();
        assertThat(CsvLayerReader.header(p).numericColumns()).containsExactly("north", "east");
        GeoJsonReadResult chosen = new CsvLayerReader(LayerReadOptions.defaults(), CsvColumns.latLon("north", "east"))
                .read(p);
        assertThat(chosen.isValid()).isTrue();
        assertThat(chosen.features().get(0).geometry().getCoordinate().x).isEqualTo(147.0);
        assertThat(chosen.features().get(0).properties()).containsOnlyKeys("place");
    }

    @Test
    void hostileFilesGetAClearMessage() throws IOException {
        assertThat(read(file("e.csv", "")).errors().get(0).message()).contains("empty");
        GeoJsonReadResult quote = read(file("u.csv", "lat,lon,name\n45,147,\"never closed\n46,148,x\n"));
        assertThat(quote.isComplete()).isFalse();
        assertThat(quote.errors().get(0).message()).contains("not a readable CSV file");
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        Path bin = tmp.resolve("binary.csv");
        Files.write(bin, binary);
        GeoJsonReadResult b = read(bin);
        assertThat(b.isValid()).isFalse();
        assertThat(b.errors().get(0).toString()).startsWith(bin.toString());
        assertThat(read(tmp.resolve("missing.csv")).errors().get(0).message()).isEqualTo("file not found");
    }

    @Test
    void writtenLayersReadBackEqual() throws IOException {
        for (Layer layer : List.of(LayerFixtures.points(), LayerFixtures.shapes())) {
            for (String name : List.of("out.csv", "out.tsv")) {
                Path p = tmp.resolve(layer.id() + "-" + name);
                new CsvLayerWriter().write(layer, p);
                GeoJsonReadResult r = read(p);
                assertThat(r.isValid()).as(r.problems().toString()).isTrue();
                LayerFixtures.assertSameShapes(r.features(), layer.features());
                for (int i = 0; i < layer.size(); i++) {
                    assertThat(r.features().get(i).rawId()).isEqualTo(layer.features().get(i).rawId());
                    assertThat(r.features().get(i).properties()).isEqualTo(layer.features().get(i).properties());
                }
            }
        }
        String text = Files.readString(tmp.resolve("sites-out.csv"));
        assertThat(text).startsWith("latitude,longitude,id,").contains("\r\n")
                .contains("\"Malokurilskoye, \"\"Shikotan\"\"\"");
        assertThat(Files.readString(tmp.resolve("shapes-out.csv"))).startsWith("WKT,id,");
    }
}

package org.claimscape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.format.LayerFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimscape convert}, and {@code info} and {@code validate} on every format. */
class ConvertCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ClaimscapeCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static GeoJsonReadResult read(Path p) {
        return LayerFormats.read(p, LayerReadOptions.defaults());
    }

    @Test
    void convertsByTheNamesAndThroughAChainOfFormats() {
        Path gpkg = tmp.resolve("places.gpkg");
        Path kml = tmp.resolve("places.kml");
        Path csv = tmp.resolve("places.csv");
        assertThat(run("convert", "data/places.geojson", gpkg.toString())).as(out + "" + err).isZero();
        assertThat(run("convert", gpkg.toString(), kml.toString())).as(out + "" + err).isZero();
        assertThat(run("convert", kml.toString(), csv.toString())).as(out + "" + err).isZero();
        assertThat(out.toString()).contains("wrote 17 features as CSV to " + csv);
        GeoJsonReadResult source = read(Path.of("data/places.geojson"));
        GeoJsonReadResult end = read(csv);
        assertThat(end.features()).hasSize(source.features().size());
        for (int i = 0; i < source.features().size(); i++) {
            assertThat(end.features().get(i).geometry().equalsExact(source.features().get(i).geometry())).isTrue();
            assertThat(end.features().get(i).names()).isEqualTo(source.features().get(i).names());
            assertThat(end.features().get(i).id()).isEqualTo(source.features().get(i).id());
        }
    }

    @Test
    void toOverridesTheNameAndSeveralInputsGoIntoOneGeoPackage() {
        Path kmz = tmp.resolve("events.dat");
        assertThat(run("convert", "--to", "kmz", "data/events.geojson", kmz.toString())).isZero();
        assertThat(read(kmz).features()).hasSameSizeAs(read(Path.of("data/events.geojson")).features());
        Path both = tmp.resolve("both.gpkg");
        assertThat(run("convert", "data/places.geojson", "data/military.geojson", both.toString())).isZero();
        assertThat(read(both).features()).hasSize(17 + 20).extracting(f -> f.string("table"))
                .containsOnly("places", "military");
    }

    @Test
    void usageErrorsAndBadInputsGetTheirExitCodes() throws IOException {
        assertThat(run("convert", "data/places.geojson", tmp.resolve("x.svg").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--to");
        assertThat(run("convert", "--to", "dwg", "data/places.geojson", tmp.resolve("x").toString())).isEqualTo(2);
        assertThat(run("convert", "data/places.geojson", "data/lakes.geojson", tmp.resolve("x.kml").toString()))
                .isEqualTo(2);
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "name,lat,lon\nok,45,147\nbad,95,147\n", StandardCharsets.UTF_8);
        Path target = tmp.resolve("bad.geojson");
        assertThat(run("convert", bad.toString(), target.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("bad.csv:3").contains("latitude 95");
        assertThat(err.toString()).contains("--partial writes the 1 sound features");
        assertThat(target).doesNotExist();
        assertThat(run("convert", "--partial", bad.toString(), target.toString())).isZero();
        assertThat(read(target).features()).hasSize(1);
    }

    @Test
    void infoAndValidateReadEveryFormat() {
        for (String ext : new String[] {"gpkg", "kml", "kmz", "csv", "tsv", "zip"}) {
            Path p = tmp.resolve("lakes." + ext);
            assertThat(run("convert", "data/lakes.geojson", p.toString())).isZero();
            out.getBuffer().setLength(0);
            assertThat(run("info", p.toString())).as(ext + ": " + out).isZero();
            assertThat(out.toString()).contains("features:       20")
                    .contains("lon 139.000000 .. 145.641382, lat 42.469718 .. 52.000000");
            assertThat(run("validate", "--strict", p.toString())).as(ext + ": " + out).isZero();
        }
        Path notKmz = tmp.resolve("fake.kmz");
        assertThat(run("validate", "data/lakes.geojson", notKmz.toString())).isEqualTo(1);
    }
}

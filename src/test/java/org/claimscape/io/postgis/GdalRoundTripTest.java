package org.claimscape.io.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.claimscape.io.GeoJsonLayerReader;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.model.Feature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round trips with GDAL's PostgreSQL driver (Debian {@code gdal-bin}; skipped without it): a table written by
 * {@code ogr2ogr -f PostgreSQL} opens with the features of the file it came from, and a table written by
 * Claimscape comes out of GDAL ({@code ogrinfo}, {@code ogr2ogr} back to GeoJSON) with the features written.
 */
@ExtendWith(PostgisServer.class)
class GdalRoundTripTest {

    private static PostgisServer.Database db;

    @BeforeAll
    static void gdal(PostgisServer.Database database) {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ogr2ogr")) && Files.isExecutable(Path.of("/usr/bin/ogrinfo")),
                "GDAL round trips skipped: install the Debian package gdal-bin");
        db = database;
    }

    private static String pg() {
        return "PG:host=" + db.host() + " port=" + db.port() + " dbname=" + db.name() + " user=" + db.user()
                + " password=" + db.password();
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static GeoJsonReadResult file(String name) {
        GeoJsonReadResult r = new GeoJsonLayerReader().read(Path.of("data", name + ".geojson"));
        assertThat(r.isValid()).isTrue();
        return r;
    }

    @ParameterizedTest
    @ValueSource(strings = {"islands", "military"})
    void aTableWrittenByOgr2ogrOpensWithTheFilesFeatures(String layer) throws Exception {
        run("ogr2ogr", "-f", "PostgreSQL", pg(), Path.of("data", layer + ".geojson").toString(), "-nln",
                "gdal_" + layer, "-lco", "LAUNDER=NO", "-overwrite");
        GeoJsonReadResult original = file(layer);
        GeoJsonReadResult read;
        try (PostgisConnection c = PostgisConnection.open(db.spec(), db.password().toCharArray())) {
            read = new PostgisLayerReader().read(c, c.table(db.spec().withTable("gdal_" + layer, null)));
        }
        assertThat(read.isValid()).as(read.problems().toString()).isTrue();
        assertThat(read.features()).hasSize(original.features().size());
        for (Feature f : original.features()) {
            // GDAL keeps a string feature id in an "id" column and numbers the rows itself
            Feature g = read.features().stream().filter(x -> f.id().equals(x.string("id"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + f.id()));
            assertSameFeature(f, g);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"islands", "military"})
    void aTableWrittenByClaimscapeReadsTheSameInGdal(String layer, @TempDir Path dir) throws Exception {
        GeoJsonReadResult original = file(layer);
        try (PostgisConnection c = PostgisConnection.open(db.spec(), db.password().toCharArray())) {
            new PostgisLayerWriter().write(c, "public", "cs_" + layer, original.features(),
                    PostgisLayerWriter.Mode.REPLACE);
        }
        String info = run("ogrinfo", "-so", pg(), "cs_" + layer);
        assertThat(info).contains("Feature Count: " + original.features().size())
                .contains("Geometry: " + (layer.equals("islands") ? "Unknown (any)" : "Point")); // islands has a label point
        Path back = dir.resolve(layer + ".geojson");
        run("ogr2ogr", "-f", "GeoJSON", back.toString(), pg(), "cs_" + layer);
        GeoJsonReadResult read = new GeoJsonLayerReader().read(back);
        assertThat(read.isValid()).as(read.problems().toString()).isTrue();
        assertThat(read.features()).hasSize(original.features().size());
        for (Feature f : original.features()) {
            Feature g = read.features().stream().filter(x -> f.id().equals(x.string("fid"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no feature for " + f.id()));
            assertSameFeature(f, g);
        }
    }

    @Test
    void gdalListsTheTablesClaimscapeWrites() throws Exception {
        try (PostgisConnection c = PostgisConnection.open(db.spec(), db.password().toCharArray())) {
            new PostgisLayerWriter().write(c, "public", "listed", file("places").features(),
                    PostgisLayerWriter.Mode.REPLACE);
        }
        assertThat(run("ogrinfo", "-ro", "-q", pg())).contains("listed (Point)");
    }

    /* Same geometry (to GeoJSON's 1e-9° at most), same scalar properties; lists and objects go as JSON text. */
    private static void assertSameFeature(Feature expected, Feature actual) {
        assertThat(actual.geometry().norm().equalsExact(expected.geometry().norm(), 1e-9))
                .as(expected.id() + " geometry").isTrue();
        List<String> compared = new ArrayList<>();
        for (Map.Entry<String, Object> p : expected.properties().entrySet()) {
            Object v = p.getValue();
            if (v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean) {
                Object got = actual.property(p.getKey());
                if (v instanceof Number d && got instanceof Number n) {
                    // a column of integers and reals is real in both programs: 3139 comes back as 3139.0
                    assertThat(n.doubleValue()).as(expected.id() + "." + p.getKey()).isEqualTo(d.doubleValue());
                } else {
                    assertThat(got).as(expected.id() + "." + p.getKey()).isEqualTo(v);
                }
                compared.add(p.getKey());
            }
        }
        assertThat(compared).isNotEmpty();
        assertThat(actual.validity()).isEqualTo(expected.validity());
    }
}

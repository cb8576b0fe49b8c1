package org.claimscape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}: RFC 7946's MUST is an error, its SHOULD a warning that {@code --strict} fails on. */
class ValidateCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        return ClaimscapeCommand.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
    }

    /**
     * RFC 7946 §3.1.6: "A linear ring MUST follow the right-hand rule" but "parsers SHOULD NOT reject Polygons
     * that do not follow the right-hand rule": valid with a warning, and invalid under --strict.
     */
    @Test
    void aClockwiseRingIsAWarningThatOnlyStrictFailsOn() throws IOException {
        String feature = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}}";
        Path file = write("clockwise.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n" + feature + "]}");
        assertThat(run("validate", file.toString())).isZero();
        int column = feature.indexOf("[[[") + 1;
        assertThat(out.toString()).contains(file + ":2:" + column + ": warning: feature #0: the exterior ring is "
                + "clockwise")
                .contains(file + ": valid, 1 of 1 features sound, 0 errors, 1 warnings");
        assertThat(run("validate", "--strict", file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains(file + ": INVALID");
    }

    /** A problem of the collection itself is printed without a feature number; the feature is still counted. */
    @Test
    void aProblemOfTheCollectionNamesNoFeature() throws IOException {
        String head = "{\"type\":\"FeatureCollection\",\"properties\":";
        Path file = write("props.geojson", head + "{},\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}]}");
        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains(file + ":1:" + (head.length() + 1) + ": error: \"properties\" on a "
                + "FeatureCollection")
                .doesNotContain("feature #").contains("1 of 1 features sound, 1 errors");
    }

    /** The repaired copy is written by RFC 7946: its rings follow the right-hand rule, so --strict passes it. */
    @Test
    void theRepairedCopyPassesStrict() throws IOException {
        Path bowtie = write("bowtie.geojson", "{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}}");
        assertThat(run("validate", "--repair", bowtie.toString())).isZero();
        assertThat(run("validate", "--strict", tmp.resolve("bowtie.repaired.geojson").toString()))
                .as(out.toString()).isZero();
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}

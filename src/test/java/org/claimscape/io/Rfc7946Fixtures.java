package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonProblem.Severity;

/**
 * Texts and checks shared by the {@code Rfc7946*Test} classes, one per section of RFC 7946: every problem is
 * checked for its kind, its severity, and its place (line, column, and the feature number only when it is inside
 * a feature).
 */
final class Rfc7946Fixtures {

    private Rfc7946Fixtures() {
    }

static final String POINT = "{\"type\":\"Point\",\"coordinates\":[147.5,45.5]}";
static final String LINE = "{\"type\":\"LineString\",\"coordinates\":[[147,45],[148,46]]}";

/** A FeatureCollection with each feature on its own line, from line 2 on. */
static String fc(String... features) {
    return "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}";
}

static String feature(String geometry) {
    return "{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + geometry + "}";
}

static GeoJsonReadResult read(String text) {
    return new GeoJsonLayerReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            "rfc.geojson");
}

/** The one problem of the read: an error of that kind. */
static GeoJsonProblem onlyError(GeoJsonReadResult r, Kind kind) {
    assertThat(r.problems()).as("problems").singleElement().satisfies(p -> {
        assertThat(p.kind()).as(p.toString()).isEqualTo(kind);
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
    });
    assertThat(r.isValid()).isFalse();
    return r.problems().get(0);
}

/** The one problem of the read: a warning of that kind, so the read is valid. */
static GeoJsonProblem onlyWarning(GeoJsonReadResult r, Kind kind) {
    assertThat(r.problems()).as("problems").singleElement().satisfies(p -> {
        assertThat(p.kind()).as(p.toString()).isEqualTo(kind);
        assertThat(p.severity()).isEqualTo(Severity.WARNING);
    });
    assertThat(r.isValid()).isTrue();
    return r.problems().get(0);
}

/**
 * The problem is at {@code line}, at the first place of {@code marker} on that line (or at {@code column}
 * when it is positive), in the file named, with the feature number {@code feature} (-1: none).
 */
static void assertPlace(GeoJsonProblem p, String text, int line, String marker, int column, int feature) {
    assertThat(p.file()).isEqualTo("rfc.geojson");
    assertThat(p.line()).as(p.toString()).isEqualTo(line);
    String lineText = List.of(text.split("\n", -1)).get(line - 1);
    long expected = column > 0 ? column : lineText.indexOf(marker) + 1;
    assertThat(expected).as("marker " + marker + " on line " + line).isPositive();
    assertThat(p.column()).as(p.toString()).isEqualTo(expected);
    assertThat(p.featureIndex()).as(p.toString()).isEqualTo(feature);
    assertThat(p.toString()).startsWith("rfc.geojson:" + line + ":" + expected + ": ");
    if (feature < 0) {
        assertThat(p.toString()).doesNotContain("feature #");
    } else {
        assertThat(p.toString()).contains("feature #" + feature + ": ");
    }
}
}

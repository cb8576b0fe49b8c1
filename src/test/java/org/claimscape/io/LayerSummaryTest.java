package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimscape.io.format.LayerFormats;
import org.claimscape.model.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A summary made while reading, features not kept, gives what a layer of the same features gives. */
class LayerSummaryTest {

    @TempDir
    Path dir;

    private static final String COLLECTION = "{\"type\":\"FeatureCollection\",\"features\":["
            + "{\"type\":\"Feature\",\"id\":1,\"geometry\":{\"type\":\"Point\",\"coordinates\":[145.5,43.5]},"
            + "\"properties\":{\"name\":\"a\",\"valid_from\":\"1855-02-07\"}},"
            + "{\"type\":\"Feature\",\"id\":2,\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[146,44],[147,45.5]]},"
            + "\"properties\":{\"name\":\"b\",\"kind\":\"road\"}},"
            + "{\"type\":\"Feature\",\"id\":3,\"geometry\":null,\"properties\":{\"valid_to\":\"1945-09-05\"}},"
            // an error (latitude out of range): left out of both
            + "{\"type\":\"Feature\",\"id\":4,\"geometry\":{\"type\":\"Point\",\"coordinates\":[145,95]},"
            + "\"properties\":{}},"
            + "{\"type\":\"Feature\",\"id\":1,\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[147,44],[148,44],"
            + "[148,45],[147,44]]]},\"properties\":{\"name\":\"c\"}}]}";

    @Test
    void theSummaryOfAReadIsTheLayersFiguresAndTheReadsProblems() throws IOException {
        Path file = Files.writeString(dir.resolve("mixed.geojson"), COLLECTION);
        GeoJsonReadResult kept = LayerFormats.read(file, LayerReadOptions.defaults());
        Layer layer = kept.toPartialLayer("mixed", null);

        LayerSummary.Read read = LayerFormats.summarize(file, LayerReadOptions.defaults());
        LayerSummary s = read.summary();
        assertThat(read.result().features()).as("not kept").isEmpty();
        assertThat(read.result().problems()).isEqualTo(kept.problems());
        assertThat(read.result().featuresSeen()).isEqualTo(5);
        assertThat(s.size()).isEqualTo(layer.size()).isEqualTo(4);
        assertThat(s.bounds()).isEqualTo(layer.bounds());
        assertThat(s.vertexCount()).isEqualTo(layer.vertexCount()).isEqualTo(7);
        assertThat(s.geometryTypes()).isEqualTo(layer.geometryTypes());
        assertThat(s.typeCounts()).containsExactly(java.util.Map.entry("LineString", 1),
                java.util.Map.entry("Point", 1), java.util.Map.entry("Polygon", 1), java.util.Map.entry("null", 1));
        assertThat(s.propertyNames()).isEqualTo(layer.propertyNames()).containsExactly("kind", "name", "valid_from",
                "valid_to");
        assertThat(s.timeSpan()).isEqualTo(layer.timeSpan());
        assertThat(s.undatedCount()).isEqualTo(2);
    }

    @Test
    void aSingleFeatureOrAFeatureCollectionTypedLastIsSummarisedToo() throws IOException {
        Path single = Files.writeString(dir.resolve("one.geojson"), "{\"type\":\"Feature\",\"geometry\":{\"type\":"
                + "\"Point\",\"coordinates\":[145,43]},\"properties\":null}");
        assertThat(LayerFormats.summarize(single, LayerReadOptions.defaults()).summary().size()).isEqualTo(1);
        Path typedLast = Files.writeString(dir.resolve("last.geojson"), "{\"features\":[{\"type\":\"Feature\","
                + "\"geometry\":null,\"properties\":{}},{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}}],"
                + "\"type\":\"FeatureCollection\"}");
        assertThat(LayerFormats.summarize(typedLast, LayerReadOptions.defaults()).summary().size()).isEqualTo(2);
        // features before a "type" that says Feature are not features (RFC 7946 §7.1: a misplaced member)
        Path featureLast = Files.writeString(dir.resolve("feature.geojson"), "{\"features\":[{\"type\":\"Feature\","
                + "\"geometry\":null,\"properties\":{}}],\"geometry\":null,\"properties\":{},\"type\":\"Feature\"}");
        LayerSummary.Read r = LayerFormats.summarize(featureLast, LayerReadOptions.defaults());
        assertThat(r.summary().size()).isEqualTo(LayerFormats.read(featureLast, LayerReadOptions.defaults())
                .features().size());
    }

    @Test
    void otherFormatsAreSummarisedAsTheyAreRead() throws IOException {
        Path csv = Files.writeString(dir.resolve("sites.csv"), "name,lat,lon\nShana,45.23,147.88\nNaiho,43.4,146.5\n");
        LayerSummary.Read r = LayerFormats.summarize(csv, LayerReadOptions.defaults());
        assertThat(r.result().features()).isEmpty();
        assertThat(r.summary().size()).isEqualTo(2);
        assertThat(r.summary().bounds().getMaxY()).isEqualTo(45.23);
        assertThat(r.summary().propertyNames()).containsExactly("name");
    }
}

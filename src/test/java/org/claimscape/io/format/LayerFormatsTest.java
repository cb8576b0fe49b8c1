package org.claimscape.io.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.claimscape.io.BundledLayers;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerFixtures;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.model.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Envelope;

/** The registry: formats by name and by content, and every format's round trip of the bundled layers. */
class LayerFormatsTest {

    @TempDir
    Path tmp;

    @Test
    void formatsAreToldByTheirNames() {
        assertThat(LayerFormats.forPath(Path.of("a.GeoJSON"))).contains(LayerFormat.GEOJSON);
        assertThat(LayerFormats.forPath(Path.of("a.geojson.gz"))).contains(LayerFormat.GEOJSON);
        assertThat(LayerFormats.forPath(Path.of("a.kml"))).contains(LayerFormat.KML);
        assertThat(LayerFormats.forPath(Path.of("a.KMZ"))).contains(LayerFormat.KMZ);
        assertThat(LayerFormats.forPath(Path.of("a.gpkg"))).contains(LayerFormat.GEOPACKAGE);
        assertThat(LayerFormats.forPath(Path.of("a.csv"))).contains(LayerFormat.CSV);
        assertThat(LayerFormats.forPath(Path.of("a.tsv"))).contains(LayerFormat.TSV);
        assertThat(LayerFormats.forPath(Path.of("a.shp"))).contains(LayerFormat.SHAPEFILE);
        assertThat(LayerFormats.forPath(Path.of("a.shp.zip"))).contains(LayerFormat.SHAPEFILE);
        assertThat(LayerFormats.forPath(Path.of("a.txt"))).isEmpty();
        assertThat(LayerFormat.named("gpkg")).isEqualTo(LayerFormat.GEOPACKAGE);
        assertThat(LayerFormat.named("Shapefile")).isEqualTo(LayerFormat.SHAPEFILE);
        assertThat(LayerFormat.named("shp")).isEqualTo(LayerFormat.SHAPEFILE);
        assertThat(LayerFormat.named("KMZ")).isEqualTo(LayerFormat.KMZ);
        assertThat(LayerFormat.named("svg")).isNull();
        assertThat(LayerFormats.withExtension(Path.of("d/sites.geojson"), LayerFormat.GEOPACKAGE))
                .isEqualTo(Path.of("d/sites.gpkg"));
    }

    @Test
    void aNameThatSaysNothingIsReadByItsFirstBytes() throws IOException {
        Layer sites = LayerFixtures.points();
        for (LayerFormat f : List.of(LayerFormat.GEOPACKAGE, LayerFormat.KMZ, LayerFormat.KML, LayerFormat.GEOJSON)) {
            Path named = tmp.resolve("x" + f.extension());
            LayerFormats.write(sites, named, f);
            Path anonymous = tmp.resolve("download-" + f.name() + ".dat");
            Files.copy(named, anonymous);
            assertThat(LayerFormats.detect(anonymous)).as(f.title()).isEqualTo(f);
            assertThat(LayerFormats.read(anonymous, LayerReadOptions.defaults()).features()).hasSize(3);
        }
        Path kmzAsZip = tmp.resolve("from-google-drive.zip");
        Files.copy(tmp.resolve("x.kmz"), kmzAsZip);
        assertThat(LayerFormats.detect(kmzAsZip)).isEqualTo(LayerFormat.KMZ);
        Path shpZip = tmp.resolve("shapes.zip");
        LayerFormats.write(sites, shpZip, LayerFormat.SHAPEFILE);
        assertThat(LayerFormats.detect(shpZip)).isEqualTo(LayerFormat.SHAPEFILE);
    }

    @ParameterizedTest
    @EnumSource(LayerFormat.class)
    void everyBundledLayerGoesThroughEveryFormatWithItsCountAndBoundingBox(LayerFormat format) throws IOException {
        BundledLayers bundled = BundledLayers.load();
        for (String id : List.of("places", "islands", "claims", "lakes")) {
            Layer layer = bundled.layer(id);
            Path file = tmp.resolve(id + format.extension());
            var report = LayerFormats.write(layer, file, format);
            int count = 0;
            Envelope box = new Envelope();
            for (Path p : report.files()) {
                if (LayerFormats.forPath(p).isEmpty() || p.toString().endsWith(".shx")
                        || p.toString().endsWith(".dbf")) {
                    continue;
                }
                GeoJsonReadResult r = LayerFormats.read(p, LayerReadOptions.defaults());
                assertThat(r.isValid()).as(p + ": " + r.problems()).isTrue();
                count += r.features().size();
                r.features().forEach(f -> box.expandToInclude(f.geometry().getEnvelopeInternal()));
            }
            assertThat(count).as(id + " as " + format.title()).isEqualTo(layer.size());
            Envelope expected = layer.bounds();
            assertThat(box.getMinX()).isCloseTo(expected.getMinX(), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(box.getMaxX()).isCloseTo(expected.getMaxX(), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(box.getMinY()).isCloseTo(expected.getMinY(), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(box.getMaxY()).isCloseTo(expected.getMaxY(), org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void geoJsonIsGzippedWhenItsNameSaysSo() throws IOException {
        Path gz = tmp.resolve("sites.geojson.gz");
        LayerFormats.write(LayerFixtures.points(), gz);
        byte[] head = Files.readAllBytes(gz);
        assertThat(head[0] & 0xff).isEqualTo(0x1f);
        assertThat(head[1] & 0xff).isEqualTo(0x8b);
        assertThat(LayerFormats.read(gz, LayerReadOptions.defaults()).features()).hasSize(3);
    }

    @Test
    void onlyAGeoPackageHoldsSeveralLayers() {
        assertThatThrownBy(() -> LayerFormats.write(List.of(LayerFixtures.points(), LayerFixtures.shapes()),
                tmp.resolve("two.kml"), LayerFormat.KML)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GeoPackage");
    }

    @ParameterizedTest
    @EnumSource(LayerFormat.class)
    void readsReportProgressAndStopWhenCancelled(LayerFormat format) throws IOException {
        Path file = tmp.resolve("many" + format.extension());
        LayerFormats.write(LayerFixtures.manyPoints(20_000), file, format);
        AtomicLong last = new AtomicLong(-1);
        AtomicInteger reports = new AtomicInteger();
        GeoJsonReadResult r = LayerFormats.read(file, LayerReadOptions.defaults().withProgress(b -> {
            assertThat(b).isGreaterThanOrEqualTo(last.get());
            last.set(b);
            reports.incrementAndGet();
        }));
        assertThat(r.features()).hasSize(20_000);
        assertThat(reports.get()).as("progress reports").isGreaterThan(1);
        assertThat(last.get()).isLessThanOrEqualTo(Files.size(file));
        AtomicInteger polls = new AtomicInteger();
        assertThatThrownBy(() -> LayerFormats.read(file, LayerReadOptions.defaults()
                .withCancellation(() -> polls.incrementAndGet() > 100))).isInstanceOf(CancellationException.class);
    }

    /**
     * A large file in each format (100,000 points, 5 to 20 MB as text) is read whole, to its last feature and
     * property, and leaves no temporary file behind. Reading speed and memory are measured in src/bench.
     */
    @ParameterizedTest
    @EnumSource(value = LayerFormat.class, names = {"KML", "KMZ", "GEOPACKAGE", "CSV", "SHAPEFILE"})
    void aHundredThousandPointsReadInEveryFormat(LayerFormat format) throws IOException {
        int n = 100_000;
        Path file = tmp.resolve("large" + format.extension());
        LayerFormats.write(LayerFixtures.manyPoints(n), file, format);
        GeoJsonReadResult r = LayerFormats.read(file, LayerReadOptions.defaults());
        assertThat(r.isValid()).as(r.problems().stream().limit(3).toList().toString()).isTrue();
        assertThat(r.features()).hasSize(n);
        assertThat(r.features().get(n - 1).property("n")).isEqualTo((long) (n - 1));
        List<Path> leftovers = new ArrayList<>();
        try (var s = Files.list(tmp)) {
            s.filter(p -> p.getFileName().toString().startsWith(".")).forEach(leftovers::add);
        }
        assertThat(leftovers).as("temporary files").isEmpty();
    }
}

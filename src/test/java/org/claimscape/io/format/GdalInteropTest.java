package org.claimscape.io.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscape.cli.ClaimscapeCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Against GDAL, the reference implementation of these formats: GDAL's ogr2ogr converts bundled layers to
 * GeoPackage, KML, CSV and Shapefile and {@code claimscape info} reads each with the source's feature count and
 * bounding box; files written by {@code claimscape convert} are read by GDAL's ogrinfo with the same count and
 * extent. Runs only where ogr2ogr is on the PATH (Debian: gdal-bin, which .ci/run installs).
 */
class GdalInteropTest {

    private static final Pattern FEATURES = Pattern.compile("features:\\s+(\\d+)");
    private static final Pattern BOX = Pattern.compile("bounding box:\\s+(.*)");
    private static final Pattern OGR_COUNT = Pattern.compile("Feature Count: (\\d+)");
    private static final Pattern OGR_EXTENT = Pattern.compile(
            "Extent: \\((-?[0-9.]+), (-?[0-9.]+)\\) - \\((-?[0-9.]+), (-?[0-9.]+)\\)");

    @TempDir
    static Path tmp;

    @BeforeAll
    static void gdalIsThere() {
        assumeTrue(onPath("ogr2ogr") && onPath("ogrinfo"),
                "GDAL's ogr2ogr and ogrinfo are not on the PATH (apt-get install gdal-bin): interop not checked");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
        return out;
    }

    private static String claimscape(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ClaimscapeCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(String.join(" ", args) + "\n" + out + err).isZero();
        return out.toString();
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertThat(m.find()).as(p + " in\n" + text).isTrue();
        return m.group(1);
    }

    private static Path bundled(String layer) throws IOException {
        Path p = tmp.resolve(layer + ".geojson");
        if (!Files.exists(p)) {
            try (var in = GdalInteropTest.class.getResourceAsStream("/data/" + layer + ".geojson")) {
                Files.copy(in, p);
            }
        }
        return p;
    }

    @ParameterizedTest(name = "{0} through ogr2ogr as {1}")
    @CsvSource({
        "places, GPKG, gpkg", "places, KML, kml", "places, CSV, csv", "places, ESRI Shapefile, shp",
        "lakes, GPKG, gpkg", "lakes, KML, kml", "lakes, CSV, csv", "lakes, ESRI Shapefile, shp",
        "claims, GPKG, gpkg", "claims, KML, kml", "claims, CSV, csv",
        "islands, GPKG, gpkg", "islands, KML, kml", "islands, CSV, csv"})
    void gdalsFilesReadWithTheSourcesCountAndBox(String layer, String driver, String ext) throws Exception {
        Path source = bundled(layer);
        Path out = tmp.resolve("gdal-" + layer + "." + ext);
        List<String> cmd = new ArrayList<>(List.of("ogr2ogr", "-f", driver, out.toString(), source.toString()));
        if (ext.equals("csv")) {
            cmd.addAll(List.of("-lco", "GEOMETRY=AS_WKT"));
        }
        if (ext.equals("shp")) {
            cmd.addAll(List.of("-lco", "ENCODING=UTF-8"));
        }
        run(cmd.toArray(String[]::new));
        String expected = claimscape("info", source.toString());
        String actual = claimscape("info", out.toString());
        assertThat(group(FEATURES, actual)).isEqualTo(group(FEATURES, expected));
        assertThat(group(BOX, actual)).isEqualTo(group(BOX, expected));
        assertThat(actual).contains("0 errors");
    }

    @Test
    void theNamesOfPlacesSurviveGdalsShapefileInUtf8() throws Exception {
        Path out = tmp.resolve("gdal-names.shp");
        run("ogr2ogr", "-f", "ESRI Shapefile", out.toString(), bundled("places").toString(), "-lco", "ENCODING=UTF-8");
        var read = LayerFormats.read(out, org.claimscape.io.LayerReadOptions.defaults());
        var source = LayerFormats.read(bundled("places"), org.claimscape.io.LayerReadOptions.defaults());
        for (int i = 0; i < source.features().size(); i++) {
            assertThat(read.features().get(i).string("name_ja")).isEqualTo(source.features().get(i).string("name_ja"));
            assertThat(read.features().get(i).string("name_ru")).isEqualTo(source.features().get(i).string("name_ru"));
        }
    }

    @ParameterizedTest(name = "{0} written by claimscape as {1}")
    @CsvSource({
        "places, gpkg", "places, kml", "places, kmz", "places, csv", "places, tsv", "places, shp", "places, zip",
        "claims, gpkg", "claims, kml", "claims, csv", "lakes, shp", "islands, gpkg", "islands, kml"})
    void ourFilesAreReadByOgrinfoWithTheSameCount(String layer, String ext) throws Exception {
        Path source = bundled(layer);
        Path out = tmp.resolve("ours-" + layer + "." + ext);
        claimscape("convert", source.toString(), out.toString());
        String target = ext.equals("kmz") ? "/vsizip/" + out + "/doc.kml" : ext.equals("zip") ? "/vsizip/" + out
                : out.toString();
        List<String> cmd = new ArrayList<>(List.of("ogrinfo", "-ro", "-so", "-al"));
        if (ext.equals("csv") || ext.equals("tsv")) {
            cmd.addAll(List.of("-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude"));
        }
        cmd.add(target);
        String info = run(cmd.toArray(String[]::new));
        Matcher m = OGR_COUNT.matcher(info);
        int count = 0;
        while (m.find()) {
            count += Integer.parseInt(m.group(1));
        }
        String ours = claimscape("info", source.toString());
        assertThat(count).as(info).isEqualTo(Integer.parseInt(group(FEATURES, ours)));
        Matcher e = OGR_EXTENT.matcher(info);
        assertThat(e.find()).as(info).isTrue();
        String box = String.format(java.util.Locale.ROOT, "lon %.6f .. %.6f, lat %.6f .. %.6f",
                Double.parseDouble(e.group(1)), Double.parseDouble(e.group(3)), Double.parseDouble(e.group(2)),
                Double.parseDouble(e.group(4)));
        assertThat(box).isEqualTo(group(BOX, ours));
    }
}

package org.claimscape.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimscape.io.BundledLayers;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.csv.CsvColumns;
import org.claimscape.io.csv.CsvLayerReader;
import org.claimscape.io.format.LayerFormat;
import org.claimscape.io.format.LayerFormats;
import org.claimscape.model.Layer;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.workspace.FileMenu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window opens and exports every layer format, driven headless through TestFX. */
@ExtendWith({ApplicationExtension.class, UserDataWindow.class})
class UserLayerFormatsTest {

    @TempDir
    static Path tmp;

    /** Set before each test by {@link UserDataWindow}. */
    private UserDataFixture fx;
    private final List<String> errors = new ArrayList<>();

    private UserLayers ready() throws Exception {
        fx.awaitReady();
        fx.users().setErrorReporter((title, message) -> errors.add(title + ": " + message));
        return fx.users();
    }

    @Test
    void droppedFilesOfEveryFormatBecomeLayersAndShapefileCompanionsAreSkipped(FxRobot robot) throws Exception {
        UserLayers users = ready();
        Layer places = BundledLayers.load().layer("places");
        List<Path> files = new ArrayList<>();
        for (LayerFormat f : LayerFormat.values()) {
            Path p = tmp.resolve("Places " + f.name() + f.extension());
            files.addAll(LayerFormats.write(places, p, f).files());
        }
        FileMenu menu = fx.fileMenu;
        robot.interact(() -> menu.openAny(files));
        fx.awaitLoaded();
        assertThat(errors).isEmpty();
        for (LayerFormat f : LayerFormat.values()) {
            LayerState s = fx.layer("user-places-" + f.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(s).as(f.title()).isNotNull();
            assertThat(s.layer().size()).as(f.title()).isEqualTo(places.size());
            assertThat(s.title()).isEqualTo("Places " + f.name());
        }
        assertThat(users.ids()).hasSize(LayerFormat.values().length);
    }

    @Test
    void aCsvWithUnknownColumnNamesAsksForThemAndLoadsWithTheChoice(FxRobot robot) throws Exception {
        UserLayers users = ready();
        Path csv = UserDataFixture.write(tmp.resolve("Posts.csv"), "post,north,east\nA,45.1,147.2\nB,44.2,146.1\n");
        List<List<String>> asked = new ArrayList<>();
        users.setCsvColumnsPrompt((file, header) -> {
            asked.add(header.columns());
            return Optional.of(CsvColumns.latLon("north", "east"));
        });
        robot.interact(() -> users.open(List.of(csv)));
        fx.awaitLoaded();
        assertThat(asked).containsExactly(List.of("post", "north", "east"));
        LayerState s = fx.layer("user-posts");
        assertThat(s).isNotNull();
        assertThat(s.layer().features()).extracting(f -> f.geometry().getCoordinate().x).containsExactly(147.2, 146.1);

        Path other = UserDataFixture.write(tmp.resolve("Other.csv"), "a,b\n1,2\n");
        users.setCsvColumnsPrompt((file, header) -> Optional.empty());
        robot.interact(() -> users.open(List.of(other)));
        fx.awaitLoaded();
        assertThat(fx.layer("user-other")).isNull();
        assertThat(robot.lookup("#statusMessage").queryLabeled().getText()).contains("no geometry columns chosen");
        assertThat(CsvLayerReader.header(other).detected()).isEmpty();
    }

    @Test
    void aLayerIsExportedInTheFormatOfTheChosenName(FxRobot robot) throws Exception {
        UserLayers users = ready();
        Path source = UserDataFixture.write(tmp.resolve("Sites.geojson"), UserDataFixture.twoPoints());
        robot.interact(() -> users.open(List.of(source)));
        fx.awaitLoaded();
        for (String ext : List.of("gpkg", "kmz", "shp", "csv")) {
            Path out = tmp.resolve("export." + ext);
            UserDataFixture.onFx(() -> users.export("user-sites", out)).get(30, java.util.concurrent.TimeUnit.SECONDS);
            var read = LayerFormats.read(out, LayerReadOptions.defaults());
            assertThat(read.isValid()).as(ext + ": " + read.problems()).isTrue();
            assertThat(read.features()).extracting(f -> f.id()).containsExactly("a1", "b2");
        }
        UserDataFixture.await(() -> robot.lookup("#statusMessage").queryLabeled().getText()
                .startsWith("Exported 2 features"));
        assertThat(errors).isEmpty();
    }

    @Test
    void aBrokenFileOfAnotherFormatIsReportedNotFatal(FxRobot robot) throws Exception {
        UserLayers users = ready();
        Path fake = UserDataFixture.write(tmp.resolve("fake.gpkg"), "not a database");
        robot.interact(() -> users.open(List.of(fake)));
        fx.awaitLoaded();
        assertThat(errors).singleElement().asString().contains("Cannot open fake.gpkg").contains("SQLite");
    }
}

package org.claimscape.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.claimscape.io.WorkspaceReader;
import org.claimscape.model.Viewpoint;
import org.claimscape.model.Workspace;
import org.claimscape.render.LayerStyle;
import org.claimscape.render.MapViewport;
import org.claimscape.ui.compare.CompareModel;
import org.claimscape.ui.data.UserDataFixture;
import org.claimscape.ui.data.UserDataWindow;
import org.claimscape.ui.data.UserLayers;
import org.claimscape.ui.explorer.LayerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Saving, opening and recovering workspaces in the explorer window, driven headless through TestFX. */
@ExtendWith({ApplicationExtension.class, UserDataWindow.class})
class WorkspaceSessionTest {

    @TempDir
    static Path tmp;

    /** Set before each test by {@link UserDataWindow}. */
    private UserDataFixture fx;
    private final List<String> errors = new ArrayList<>();

    private WorkspaceSession ready() throws Exception {
        fx.awaitReady();
        fx.users().setErrorReporter((title, message) -> errors.add(title + ": " + message));
        fx.fileMenu.session().setErrorReporter((title, message) -> errors.add(title + ": " + message));
        return fx.fileMenu.session();
    }

    private Path sitesFile(String name) throws IOException {
        Path data = Files.createDirectories(fx.dir.resolve("data"));
        return UserDataFixture.write(data.resolve(name), UserDataFixture.twoPoints());
    }

    @Test
    void saveThenOpenRestoresLayersVisibilityOpacityStyleViewAndViewpoint(FxRobot robot) throws Exception {
        WorkspaceSession session = ready();
        UserLayers users = fx.users();
        Path sites = sitesFile("sites.geojson");
        robot.interact(() -> users.open(List.of(sites)));
        fx.awaitLoaded();
        LayerStyle red = new LayerStyle(new Color(255, 0, 0, 80), Color.RED, 2.5f, "port", "type");
        Path ws = fx.dir.resolve("briefing.claimscape");
        robot.interact(() -> {
            users.restyle("user-sites", red);
            fx.layer("user-sites").opacityProperty().set(0.5);
            fx.layer("military").visibleProperty().set(false);
            fx.layer("claims").opacityProperty().set(0.4);
            fx.view.model().move(fx.layer("events"), fx.view.model().layers().indexOf(fx.layer("places")));
            fx.view.mapPane().navigator().setView(44.1, 146.3, 9.5);
            fx.view.setViewpoint(Viewpoint.JAPANESE);
            try {
                session.save(ws);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> savedOrder = ids();
        assertThat(Files.readString(ws)).contains("\"path\" : \"data/sites.geojson\"");

        robot.interact(() -> {
            users.remove("user-sites");
            fx.layer("military").visibleProperty().set(true);
            fx.layer("claims").opacityProperty().set(1.0);
            fx.view.mapPane().navigator().setView(43.0, 145.0, 6);
            fx.view.setViewpoint(Viewpoint.RUSSIAN);
            session.open(ws);
        });
        fx.awaitLoaded();

        LayerState s = fx.layer("user-sites");
        assertThat(s).isNotNull();
        assertThat(s.title()).isEqualTo("sites");
        assertThat(s.opacityProperty().get()).isEqualTo(0.5, within(1e-9));
        assertThat(users.style("user-sites")).isEqualTo(red);
        assertThat(fx.layer("military").isVisible()).isFalse();
        assertThat(fx.layer("claims").opacityProperty().get()).isEqualTo(0.4, within(1e-9));
        assertThat(ids()).isEqualTo(savedOrder);
        MapViewport v = fx.view.mapPane().navigator().viewport();
        assertThat(v.centerLat()).isEqualTo(44.1, within(1e-6));
        assertThat(v.centerLon()).isEqualTo(146.3, within(1e-6));
        assertThat(v.zoom()).isEqualTo(9.5, within(1e-6));
        assertThat(fx.view.model().viewpointProperty().get()).isEqualTo(Viewpoint.JAPANESE);
        assertThat(session.fileProperty().get()).isEqualTo(ws);
        assertThat(errors).isEmpty();
    }

    @Test
    void saveThenOpenRestoresTheDateAndCompareMode(FxRobot robot) throws Exception {
        WorkspaceSession session = ready();
        Path ws = fx.dir.resolve("compare.claimscape");
        robot.interact(() -> {
            fx.view.model().dateProperty().set(LocalDate.of(1956, 10, 19));
            fx.view.comparePanel().model().setClaims("jp-claim", "declaration-1956");
            fx.view.comparePanel().model().modeProperty().set(CompareModel.Mode.SIDE_BY_SIDE);
            fx.view.compareButton().setSelected(true);
            try {
                session.save(ws);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(Files.readString(ws)).contains("\"date\" : \"1956-10-19\"").contains("\"mode\" : \"side-by-side\"");
        robot.interact(() -> {
            fx.view.model().dateProperty().set(null);
            fx.view.comparePanel().model().setClaims("ru-admin", "jp-claim");
            fx.view.compareButton().setSelected(false);
            session.open(ws);
        });
        fx.awaitLoaded();
        assertThat(fx.view.model().dateProperty().get()).isEqualTo(LocalDate.of(1956, 10, 19));
        assertThat(fx.view.compareButton().isSelected()).isTrue();
        assertThat(fx.view.comparePanel().model().claimAProperty().get()).isEqualTo("jp-claim");
        assertThat(fx.view.comparePanel().model().claimBProperty().get()).isEqualTo("declaration-1956");
        assertThat(fx.view.comparePanel().model().modeProperty().get())
                .isEqualTo(CompareModel.Mode.SIDE_BY_SIDE);
        assertThat(errors).isEmpty();
    }

    @Test
    void aMovedFileIsAskedForAndSkippingLeavesTheRest(FxRobot robot) throws Exception {
        WorkspaceSession session = ready();
        Path a = sitesFile("a.geojson");
        Path b = sitesFile("b.geojson");
        robot.interact(() -> fx.users().open(List.of(a, b)));
        fx.awaitLoaded();
        Path ws = fx.dir.resolve("moved.claimscape");
        robot.interact(() -> {
            try {
                session.save(ws);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Path elsewhere = Files.createDirectories(fx.dir.resolve("elsewhere"));
        Files.move(a, elsewhere.resolve("a-renamed.geojson"));
        Files.delete(b);
        List<Workspace.LayerEntry> asked = new ArrayList<>();
        session.setMissingFilePrompt(e -> {
            asked.add(e);
            return e.id().equals("user-a") ? Optional.of(elsewhere.resolve("a-renamed.geojson")) : Optional.empty();
        });
        List<Workspace.LayerEntry> skipped = new ArrayList<>();
        robot.interact(() -> {
            Workspace w;
            try {
                w = new WorkspaceReader().read(ws);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            assertThat(WorkspaceReader.missingFiles(w)).hasSize(2);
            skipped.addAll(session.restore(w));
        });
        fx.awaitLoaded();
        assertThat(asked).extracting(Workspace.LayerEntry::id).containsExactlyInAnyOrder("user-a", "user-b");
        assertThat(skipped).extracting(Workspace.LayerEntry::id).containsExactly("user-b");
        assertThat(fx.users().ids()).containsExactly("user-a");
        assertThat(fx.users().get("user-a").file()).isEqualTo(elsewhere.resolve("a-renamed.geojson"));
        assertThat(errors).isEmpty();
    }

    @Test
    void aWorkspaceFromANewerVersionIsRefusedWithTheReadersMessage(FxRobot robot) throws Exception {
        WorkspaceSession session = ready();
        Path ws = UserDataFixture.write(fx.dir.resolve("future.claimscape"),
                "{\"format\":\"claimscape-workspace\",\"version\":7,\"layers\":[]}");
        List<Boolean> opened = new ArrayList<>();
        robot.interact(() -> opened.add(session.open(ws)));
        assertThat(opened).containsExactly(false);
        assertThat(errors).singleElement().asString().contains("newer Claimscape").contains("version 7");
        assertThat(fx.view.model().layers()).hasSize(fx.view.model().data().catalog().entries().size());
    }

    @Test
    void autosaveWritesTheRecoveryFileAndACleanExitDeletesIt(FxRobot robot) throws Exception {
        WorkspaceSession session = ready();
        UserDataFixture.await(() -> UserDataFixture.onFx(() -> true));
        Path sites = sitesFile("s.geojson");
        robot.interact(() -> fx.users().open(List.of(sites)));
        fx.awaitLoaded();
        UserDataFixture.onFx(session::autosaveNow).get(20, TimeUnit.SECONDS);
        assertThat(fx.recovery.pending()).get().extracting(w -> w.layers().get(0).id()).isEqualTo("user-s");
        robot.interact(fx.fileMenu::closeCleanly);
        assertThat(fx.recovery.file()).doesNotExist();
    }

    @Test
    void afterAnUncleanExitTheNextStartOffersToRestore(FxRobot robot) throws Exception {
        ready();
        Path sites = sitesFile("crash.geojson");
        Workspace left = new Workspace(List.of(
                new Workspace.LayerEntry("user-crash", sites, "Work in progress", true, 0.7, null),
                new Workspace.LayerEntry("claims", null, null, false, 1.0, null)),
                new Workspace.View(44.5, 147.0, 8.0), null, Viewpoint.RUSSIAN, null, null);
        UserDataFixture next = new UserDataFixture(Files.createTempDirectory(tmp, "next"));
        next.recovery.save(left);
        List<Workspace> offered = new ArrayList<>();
        robot.interact(() -> {
            try {
                next.start(new Stage());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            next.fileMenu.setRecoveryPrompt(w -> {
                offered.add(w);
                return true;
            });
        });
        next.awaitReady();
        UserDataFixture.await(() -> !offered.isEmpty());
        next.awaitLoaded();
        assertThat(offered).singleElement().extracting(Workspace::viewpoint).isEqualTo(Viewpoint.RUSSIAN);
        LayerState s = next.layer("user-crash");
        assertThat(s).isNotNull();
        assertThat(s.title()).isEqualTo("Work in progress");
        assertThat(s.opacityProperty().get()).isEqualTo(0.7, within(1e-9));
        assertThat(next.layer("claims").isVisible()).isFalse();
        assertThat(next.view.model().viewpointProperty().get()).isEqualTo(Viewpoint.RUSSIAN);
        assertThat(next.recovery.file()).as("taken up, so not offered twice").doesNotExist();
        robot.interact(() -> next.view.getScene().getWindow().hide());
    }

    private List<String> ids() {
        return UserDataFixture.onFx(() -> {
            List<String> out = new ArrayList<>();
            for (LayerState s : fx.view.model().layers()) {
                out.add(s.id());
            }
            return out;
        });
    }
}

package org.claimscape.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.claimscape.model.Feature;
import org.claimscape.model.LayerIds;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderText;
import org.claimscape.ui.data.UserDataFixture;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.text.UiFonts;
import org.claimscape.ui.text.UiText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The interface language chosen in Settings while the window runs: menus, tool bar, panels, time bar, status bar
 * and the neutral legend change language at once, and the session (model, layers, view, date, selection) stays.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

    private UserDataFixture window;

    @Start
    void start(Stage stage) throws Exception {
        window = new UserDataFixture(Files.createTempDirectory("claimscape-language"));
        window.start(stage);
    }

    @AfterEach
    void backToTheSystemsLanguage(FxRobot robot) {
        robot.interact(() -> UiText.choose(null));
        window.assertNoNetwork();
    }

    @Test
    void settingsSwitchTheLanguageAndTheSessionStays(FxRobot robot) throws Exception {
        window.awaitReady();
        ExplorerView view = window.view;
        ExplorerModel model = view.model();
        LocalDate date = LocalDate.of(1956, 10, 19);
        Feature kurilsk = model.data().layers().get(LayerIds.PLACES).feature("kurilsk");
        ExplorerModel.Pick pick = new ExplorerModel.Pick(LayerIds.PLACES, "Places", kurilsk);
        robot.interact(() -> {
            model.dateProperty().set(date);
            model.layer(LayerIds.MILITARY).visibleProperty().set(false);
            model.selectedProperty().set(pick);
            view.mapPane().navigator().setView(44.5, 146.5, 8);
        });
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport before = view.mapPane().navigator().viewport();
        int layers = model.layers().size();
        assertThat(text(robot, "#measureButton")).isEqualTo("Measure");
        assertThat(text(robot, "#timeLabel")).isEqualTo("As of 19 Oct 1956");

        chooseInSettings(robot, "ja");
        assertThat(view.language()).isEqualTo("ja");
        assertThat(text(robot, "#measureButton")).isEqualTo("計測");
        assertThat(text(robot, "#settingsButton")).isEqualTo("設定…");
        assertThat(window.fileMenu.menu().getText()).isEqualTo("ファイル(_F)");
        assertThat(text(robot, "#timeLabel")).isEqualTo("1956年10月19日現在");
        assertThat(robot.lookup("#dateField").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo("1956年10月19日");
        assertThat(view.mapPane().dateBadge().getText()).isEqualTo("1956年10月19日現在");
        assertThat(view.titleProperty().get()).contains("視点");
        assertThat(view.statusBar().scaleLabel().getText()).startsWith("縮尺 1:");
        assertThat(robot.lookup(".field-name").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("種類", "レイヤ");
        /* The neutral viewpoint's legend is written in the interface language. */
        LegendView legend = robot.lookup("#legend").queryAs(LegendView.class);
        assertThat(legend.labels()).contains(RenderText.get(Locale.JAPANESE, "claim.jp-claim"));

        /* The same session: nothing was rebuilt or reset. */
        assertThat(view.model()).isSameAs(model);
        assertThat(model.layers()).hasSize(layers);
        assertThat(model.dateProperty().get()).isEqualTo(date);
        assertThat(model.layer(LayerIds.MILITARY).isVisible()).isFalse();
        assertThat(model.selectedProperty().get()).isEqualTo(pick);
        MapViewport after = view.mapPane().navigator().viewport();
        assertThat(after.centerLat()).isCloseTo(before.centerLat(), within(1e-9));
        assertThat(after.centerLon()).isCloseTo(before.centerLon(), within(1e-9));
        assertThat(after.zoom()).isEqualTo(before.zoom());
        assertThat(view.captureState(null).language()).as("remembered for the next run").isEqualTo("ja");

        chooseInSettings(robot, "ru");
        assertThat(text(robot, "#measureButton")).isEqualTo("Измерить");
        assertThat(window.fileMenu.menu().getText()).isEqualTo("_Файл");
        assertThat(text(robot, "#timeLabel")).isEqualTo("На 19 окт. 1956 г.");
        assertThat(legend.labels()).contains(RenderText.get(Locale.forLanguageTag("ru"), "claim.jp-claim"));
        assertThat(model.dateProperty().get()).isEqualTo(date);

        chooseInSettings(robot, "");
        assertThat(view.language()).as("follows the system again").isNull();
        assertThat(text(robot, "#measureButton")).isEqualTo("Measure");
        assertThat(text(robot, "#timeLabel")).isEqualTo("As of 19 Oct 1956");
    }

    @Test
    void everyControlDrawsWithTheBundledFonts(FxRobot robot) throws Exception {
        window.awaitReady();
        assertThat(Font.getFamilies()).contains(UiFonts.FAMILY, "IPAGothic");
        assertThat(robot.lookup("#measureButton").queryLabeled().getFont().getFamily()).isEqualTo(UiFonts.FAMILY);
        robot.clickOn("#settingsButton");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#settingsDialog").queryAs(DialogPane.class);
        assertThat(robot.from(pane).lookup("#onlineTilesBox").queryLabeled().getFont().getFamily())
                .as("a dialog, a window of its own").isEqualTo(UiFonts.FAMILY);
        robot.interact(() -> ((Button) pane.lookupButton(pane.getButtonTypes().get(1))).fire());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /* Opens Settings, picks the language ("" for the system's) and presses OK. */
    private static void chooseInSettings(FxRobot robot, String code) {
        robot.clickOn("#settingsButton");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> box = robot.lookup("#languageBox").queryComboBox();
        DialogPane pane = robot.lookup("#settingsDialog").queryAs(DialogPane.class);
        robot.interact(() -> box.setValue(code));
        robot.clickOn((Button) pane.lookupButton(pane.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
    }
}

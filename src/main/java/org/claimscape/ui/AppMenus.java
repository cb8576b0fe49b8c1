package org.claimscape.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.claimscape.ui.edit.EditHistory;
import org.claimscape.ui.help.AboutDialog;
import org.claimscape.ui.help.ShortcutsDialog;
import org.claimscape.ui.help.UserGuide;
import org.claimscape.ui.text.UiText;

/**
 * The Edit, View, Tools and Help menus (File is {@code ui.workspace.FileMenu}'s): undo and redo of the layers'
 * changes; the side panels, the selected layer's attribute table (F6), zoom, full screen and theme; measure,
 * compare, briefing map and settings; the user guide (F1), the keyboard shortcuts and About. FX thread only.
 */
final class AppMenus {

    private final ExplorerView view;
    private final Menu edit = UiText.menu(new Menu(), "menu.edit");
    private final Menu viewMenu = UiText.menu(new Menu(), "menu.view");
    private final Menu tools = UiText.menu(new Menu(), "menu.tools");
    private final Menu help = UiText.menu(new Menu(), "menu.help");
    private final CheckMenuItem measure = UiText.menu(new CheckMenuItem(), "menu.tools.measure");
    private final CheckMenuItem compare = UiText.menu(new CheckMenuItem(), "menu.tools.compare");
    private final CheckMenuItem fullScreen = UiText.menu(new CheckMenuItem(), "menu.view.full-screen");
    private final RadioMenuItem light = UiText.menu(new RadioMenuItem(), "menu.view.theme.light");
    private final RadioMenuItem dark = UiText.menu(new RadioMenuItem(), "menu.view.theme.dark");

    AppMenus(ExplorerView view) {
        this.view = view;
        edit.setId("editMenu");
        viewMenu.setId("viewMenu");
        tools.setId("toolsMenu");
        help.setId("helpMenu");
        buildEdit();
        buildView();
        buildTools();
        buildHelp();
        view.menuBar().getMenus().addAll(edit, viewMenu, tools, help);
    }

    private void buildEdit() {
        EditHistory h = view.edits();
        MenuItem undo = new MenuItem();
        undo.setId("undoItem");
        undo.textProperty().bind(Bindings.createStringBinding(() -> h.undoNameProperty().get() == null
                ? UiText.get("menu.edit.undo") : UiText.get("menu.edit.undo-named", h.undoNameProperty().get()),
                h.undoNameProperty(), UiText.localeProperty()));
        undo.disableProperty().bind(h.canUndoProperty().not());
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> h.undo());
        MenuItem redo = new MenuItem();
        redo.setId("redoItem");
        redo.textProperty().bind(Bindings.createStringBinding(() -> h.redoNameProperty().get() == null
                ? UiText.get("menu.edit.redo") : UiText.get("menu.edit.redo-named", h.redoNameProperty().get()),
                h.redoNameProperty(), UiText.localeProperty()));
        redo.disableProperty().bind(h.canRedoProperty().not());
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        redo.setOnAction(e -> h.redo());
        /* Undo and redo take their names from the edits: no mnemonic parsing of layer titles. */
        undo.setMnemonicParsing(false);
        redo.setMnemonicParsing(false);
        edit.getItems().addAll(undo, redo);
        view.sceneProperty().addListener((o, a, sc) -> {
            if (sc != null) {
                sc.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), h::redo);
            }
        });
    }

    private void buildView() {
        CheckMenuItem layers = UiText.menu(new CheckMenuItem(), "menu.view.layers");
        layers.setId("layersPanelItem");
        layers.selectedProperty().bindBidirectional(view.sidePanels().leftShownProperty());
        layers.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        CheckMenuItem info = UiText.menu(new CheckMenuItem(), "menu.view.info");
        info.setId("infoPanelItem");
        info.selectedProperty().bindBidirectional(view.sidePanels().rightShownProperty());
        info.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        MenuItem zoomIn = item("menu.view.zoom-in", "zoomInItem", () -> view.mapPane().zoomStep(1));
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        MenuItem zoomOut = item("menu.view.zoom-out", "zoomOutItem", () -> view.mapPane().zoomStep(-1));
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        MenuItem home = item("menu.view.home", "homeItem", view::home);
        MenuItem table = item("table.menu", "attributeTableItem", () -> {
            if (view.attributeTables() != null) {
                view.attributeTables().openSelected();
            }
        });
        table.setAccelerator(new KeyCodeCombination(KeyCode.F6));
        table.disableProperty().bind(view.modelProperty().isNull());
        home.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        fullScreen.setId("fullScreenItem");
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        fullScreen.setOnAction(e -> {
            if (view.getScene() != null && view.getScene().getWindow() instanceof Stage s) {
                s.setFullScreen(fullScreen.isSelected());
            }
        });
        /* Followed through the scene and its window: a listener on the stage itself would keep this window's
           whole view alive after the stage shows another scene. */
        view.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(w -> w instanceof Stage s ? s.fullScreenProperty() : null)
                .addListener((o, was, on) -> fullScreen.setSelected(Boolean.TRUE.equals(on)));
        Menu theme = UiText.menu(new Menu(), "menu.view.theme");
        theme.setId("themeMenu");
        ToggleGroup themes = new ToggleGroup();
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setId("lightThemeItem");
        dark.setId("darkThemeItem");
        (view.theme() == Theme.DARK ? dark : light).setSelected(true);
        light.setOnAction(e -> view.setTheme(Theme.LIGHT));
        dark.setOnAction(e -> view.setTheme(Theme.DARK));
        theme.getItems().addAll(light, dark);
        viewMenu.getItems().addAll(layers, info, table, new SeparatorMenuItem(), zoomIn, zoomOut, home,
                new SeparatorMenuItem(), fullScreen, theme);
    }

    private void buildTools() {
        measure.setId("measureItem");
        measure.selectedProperty().bindBidirectional(view.measureButton().selectedProperty());
        measure.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        compare.setId("compareItem");
        compare.selectedProperty().bindBidirectional(view.compareButton().selectedProperty());
        compare.disableProperty().bind(view.compareButton().disableProperty().or(view.modelProperty().isNull()));
        MenuItem briefing = item("menu.tools.briefing", "briefingItem", view::openBriefing);
        briefing.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        briefing.disableProperty().bind(view.modelProperty().isNull());
        MenuItem settings = item("menu.tools.settings", "settingsItem", view::openSettings);
        settings.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        tools.getItems().addAll(measure, compare, briefing, new SeparatorMenuItem(), settings);
    }

    private void buildHelp() {
        MenuItem guide = item("menu.help.guide", "guideItem", () -> UserGuide.show(view.owner()));
        guide.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        MenuItem keys = item("menu.help.shortcuts", "shortcutsItem", () -> ShortcutsDialog.show(view.owner()));
        MenuItem about = item("menu.help.about", "aboutItem", () -> AboutDialog.show(view.owner()));
        help.getItems().addAll(guide, keys, new SeparatorMenuItem(), about);
    }

    private static MenuItem item(String key, String id, Runnable action) {
        MenuItem i = UiText.menu(new MenuItem(), key);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }
}

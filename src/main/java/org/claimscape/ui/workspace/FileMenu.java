package org.claimscape.ui.workspace;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.claimscape.io.WorkspaceRecovery;
import org.claimscape.model.Workspace;
import org.claimscape.ui.compare.ComparePanel;
import org.claimscape.ui.data.PostgisLayers;
import org.claimscape.ui.data.UserLayers;
import org.claimscape.ui.explorer.ExplorerContext;
import org.claimscape.ui.explorer.LayerState;

/**
 * The File menu and the window's file drop target: Open (GeoJSON, several at once), Open Recent, Open, Save and
 * Save As workspace, Export Layer as GeoJSON, Quit. Sets up the {@link UserLayers} and the
 * {@link WorkspaceSession} once the explorer's layers are loaded, then offers the crash recovery and starts the
 * autosave. Other parts add their items to {@link #menu()}. FX thread only.
 */
public final class FileMenu {

    public static final FileChooser.ExtensionFilter GEOJSON_FILTER = new FileChooser.ExtensionFilter(
            "GeoJSON (*.geojson, *.json, *.geojson.gz)", "*.geojson", "*.json", "*.geojson.gz", "*.json.gz",
            "*.gz");
    public static final FileChooser.ExtensionFilter WORKSPACE_FILTER = new FileChooser.ExtensionFilter(
            "Claimscape workspace (*.claimscape)", "*.claimscape");
    public static final FileChooser.ExtensionFilter ALL_FILTER = new FileChooser.ExtensionFilter("All files", "*");

    private final ExplorerContext view;
    private final Supplier<ComparePanel> compare;
    private final WorkspaceRecovery recovery;
    private final RecentFiles recent;
    private final Menu menu = new Menu("_File");
    private final Menu recentMenu = new Menu("Open _Recent");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final List<MenuItem> needModel = new ArrayList<>();
    private final MenuItem exportItem = new MenuItem("_Export Layer as GeoJSON…");
    private Runnable onQuit = Platform::exit;
    private Function<Workspace, Boolean> recoveryPrompt;
    private UserLayers users;
    private PostgisLayers postgis;
    private WorkspaceSession session;

    /**
     * Adds the File menu to the view's menu bar and the drop target to the view.
     *
     * @param view     the explorer
     * @param recovery the autosave file, or null for none
     * @param recent   the recent files list
     * @param compare  the compare panel (once the layers are loaded), whose state workspaces keep
     */
    public FileMenu(ExplorerContext view, WorkspaceRecovery recovery, RecentFiles recent,
                    Supplier<ComparePanel> compare) {
        this.view = view;
        this.compare = compare;
        this.recovery = recovery;
        this.recent = recent;
        menu.setId("fileMenu");
        MenuItem open = item("_Open…", "Shortcut+O", "openItem", this::chooseAndOpen);
        MenuItem connect = item("Connect to _PostGIS…", null, "connectPostgisItem", () -> postgis.connectAndOpen());
        MenuItem openWs = item("Open _Workspace…", "Shortcut+Shift+O", "openWorkspaceItem",
                this::chooseAndOpenWorkspace);
        MenuItem save = item("_Save Workspace", "Shortcut+S", "saveWorkspaceItem", this::saveWorkspace);
        MenuItem saveAs = item("Save Workspace _As…", "Shortcut+Shift+S", "saveWorkspaceAsItem",
                this::saveWorkspaceAs);
        exportItem.setId("exportLayerMenuItem");
        exportItem.setOnAction(e -> exportLayer());
        MenuItem quit = item("_Quit", "Shortcut+Q", "quitItem", () -> onQuit.run());
        recentMenu.setId("recentMenu");
        needModel.addAll(List.of(open, connect, openWs, save, saveAs, recentMenu, exportItem));
        for (MenuItem i : needModel) {
            i.setDisable(true);
        }
        menu.getItems().addAll(open, recentMenu, connect, new SeparatorMenuItem(), openWs, save, saveAs,
                new SeparatorMenuItem(), exportItem, new SeparatorMenuItem(), quit);
        view.menuBar().getMenus().add(0, menu);
        rebuildRecent();
        view.setOnFilesDropped(files -> {
            if (ready.get()) {
                openAny(files);
            }
            return ready.get();
        });
        if (view.model() != null) {
            modelReady();
        } else {
            view.modelProperty().addListener((o, a, m) -> {
                if (m != null && users == null) {
                    modelReady();
                }
            });
        }
    }

    private static MenuItem item(String text, String keys, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        if (keys != null) {
            i.setAccelerator(KeyCombination.keyCombination(keys));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private void modelReady() {
        users = new UserLayers(view);
        session = new WorkspaceSession(view, users, recovery, compare);
        postgis = new PostgisLayers(view, users);
        session.setDatabaseLayers(postgis);
        if (recoveryPrompt != null) {
            session.setRecoveryPrompt(recoveryPrompt);
        }
        users.setOnOpened(p -> {
            recent.add(p);
            rebuildRecent();
        });
        StackPane.setAlignment(users.progressView(), Pos.BOTTOM_CENTER);
        StackPane.setMargin(users.progressView(), new Insets(0, 0, 36, 0));
        view.mapPane().addDecoration(users.progressView());
        for (MenuItem i : needModel) {
            i.setDisable(false);
        }
        ready.set(true);
        /* Asked after the window has settled, so the dialog has an owner on screen. */
        Platform.runLater(session::offerRecovery);
    }

    // ------------------------------------------------------------------ public surface

    public Menu menu() {
        return menu;
    }

    /** True once the user layers and the workspace session exist. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** The user layers, null until {@link #readyProperty()}. */
    public UserLayers users() {
        return users;
    }

    /** The PostGIS layers, null until {@link #readyProperty()}. */
    public PostgisLayers postgis() {
        return postgis;
    }

    /** The workspace session, null until {@link #readyProperty()}. */
    public WorkspaceSession session() {
        return session;
    }

    public RecentFiles recent() {
        return recent;
    }

    /** Replaces the "restore the unsaved work?" prompt; set before the layers load (tests). */
    public void setRecoveryPrompt(Function<Workspace, Boolean> prompt) {
        this.recoveryPrompt = prompt;
        if (session != null) {
            session.setRecoveryPrompt(prompt);
        }
    }

    public void setOnQuit(Runnable onQuit) {
        this.onQuit = onQuit;
    }

    /** A clean exit: the recovery file goes. */
    public void closeCleanly() {
        /* Before the layers loaded nothing of the last session was offered yet: its file stays. */
        if (session != null) {
            session.closeCleanly();
        }
    }

    /** Opens files: workspaces as workspaces, anything else as GeoJSON layers. */
    public void openAny(List<Path> files) {
        List<Path> layers = new ArrayList<>();
        for (Path f : files) {
            if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".claimscape")) {
                openWorkspace(f);
            } else if (Files.isDirectory(f)) {
                view.status(f.getFileName() + " is a folder: drop the files themselves");
            } else {
                layers.add(f);
            }
        }
        if (!layers.isEmpty()) {
            users.open(layers);
        }
    }

    // ------------------------------------------------------------------ actions

    private void chooseAndOpen() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open GeoJSON layers");
        fc.getExtensionFilters().addAll(GEOJSON_FILTER, ALL_FILTER);
        List<File> files = fc.showOpenMultipleDialog(window());
        if (files != null && !files.isEmpty()) {
            List<Path> paths = new ArrayList<>();
            for (File f : files) {
                paths.add(f.toPath());
            }
            openAny(paths);
        }
    }

    private void chooseAndOpenWorkspace() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open workspace");
        fc.getExtensionFilters().addAll(WORKSPACE_FILTER, ALL_FILTER);
        File f = fc.showOpenDialog(window());
        if (f != null) {
            openWorkspace(f.toPath());
        }
    }

    private void openWorkspace(Path f) {
        if (session.open(f)) {
            recent.add(f);
            rebuildRecent();
        }
    }

    private void saveWorkspace() {
        Path current = session.fileProperty().get();
        if (current == null) {
            saveWorkspaceAs();
        } else {
            saveTo(current);
        }
    }

    private void saveWorkspaceAs() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save workspace");
        fc.getExtensionFilters().add(WORKSPACE_FILTER);
        Path current = session.fileProperty().get();
        fc.setInitialFileName(current == null ? "briefing.claimscape" : current.getFileName().toString());
        if (current != null && current.getParent() != null) {
            fc.setInitialDirectory(current.getParent().toFile());
        }
        File f = fc.showSaveDialog(window());
        if (f != null) {
            Path p = f.toPath();
            if (!p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".claimscape")) {
                p = p.resolveSibling(p.getFileName() + ".claimscape");
            }
            saveTo(p);
        }
    }

    private void saveTo(Path p) {
        try {
            session.save(p);
            recent.add(p);
            rebuildRecent();
        } catch (IOException e) {
            Alert a = new Alert(Alert.AlertType.ERROR,
                    p + ": " + e.getMessage() + "\n\nThe previous file, if any, is unchanged.");
            a.setHeaderText("Cannot save the workspace");
            a.initOwner(window());
            a.show();
        }
    }

    /* The layer selected in the panel when it is the user's, else the user picks one. */
    private void exportLayer() {
        List<String> ids = users.ids();
        if (ids.isEmpty()) {
            view.status("Open a GeoJSON file first: only your own layers are exported here");
            return;
        }
        String id = null;
        LayerState selected = view.layerList().selectedLayer();
        if (selected != null && users.isUserLayer(selected.id())) {
            id = selected.id();
        }
        if (id == null && ids.size() == 1) {
            id = ids.get(0);
        }
        if (id == null) {
            List<LayerState> choices = new ArrayList<>();
            for (String i : ids) {
                choices.add(view.model().layer(i));
            }
            ChoiceDialog<LayerState> d = new ChoiceDialog<>(choices.get(0), choices);
            d.initOwner(window());
            d.setHeaderText("Which layer?");
            Optional<LayerState> c = d.showAndWait();
            if (c.isEmpty()) {
                return;
            }
            id = c.get().id();
        }
        String chosen = id;
        for (MenuItem i : users.contextItems(view.model().layer(chosen))) {
            if ("exportLayerItem".equals(i.getId())) {
                i.fire();
            }
        }
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (Path p : recent.list()) {
            MenuItem i = new MenuItem(p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
            i.setMnemonicParsing(false);
            i.setOnAction(e -> {
                if (!Files.isRegularFile(p)) {
                    view.status(p + " is not there any more");
                    return;
                }
                openAny(List.of(p));
            });
            recentMenu.getItems().add(i);
        }
        if (recent.list().isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            recentMenu.getItems().add(new SeparatorMenuItem());
            MenuItem clear = new MenuItem("Clear list");
            clear.setOnAction(e -> {
                recent.clear();
                rebuildRecent();
            });
            recentMenu.getItems().add(clear);
        }
    }

    private Window window() {
        return view.owner();
    }
}

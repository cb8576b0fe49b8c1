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
import org.claimscape.io.format.LayerFormat;
import org.claimscape.model.Workspace;
import org.claimscape.ui.compare.ComparePanel;
import org.claimscape.ui.data.PostgisLayers;
import org.claimscape.ui.data.UserLayers;
import org.claimscape.ui.explorer.ExplorerContext;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.text.UiDialogs;
import org.claimscape.ui.text.UiText;

/**
 * The File menu and the window's file drop target: Open (layer files in any format, several at once), Open Recent,
 * Open, Save and Save As workspace, Export Layer (in any format), Quit. Sets up the {@link UserLayers} and the
 * {@link WorkspaceSession} once the explorer's layers are loaded, then offers the crash recovery and starts the
 * autosave. Other parts add their items to {@link #menu()}. FX thread only.
 */
public final class FileMenu {

    /** GeoJSON files, plain or gzipped. */
    public static FileChooser.ExtensionFilter geoJsonFilter() {
        return new FileChooser.ExtensionFilter(UiText.get("file.filter.geojson"), "*.geojson", "*.json",
                "*.geojson.gz", "*.json.gz", "*.gz");
    }

    public static FileChooser.ExtensionFilter workspaceFilter() {
        return new FileChooser.ExtensionFilter(UiText.get("file.filter.workspace"), "*.claimscape");
    }

    public static FileChooser.ExtensionFilter allFilter() {
        return new FileChooser.ExtensionFilter(UiText.get("file.filter.all"), "*");
    }

    /* Files that come with a Shapefile: dropped or chosen together with it, they are not layers themselves. */
    private static final List<String> SHAPEFILE_SIDECARS = List.of(".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn",
            ".sbx", ".shp.xml", ".qmd", ".dbt");

    private final ExplorerContext view;
    private final Supplier<ComparePanel> compare;
    private final WorkspaceRecovery recovery;
    private final RecentFiles recent;
    private final Menu menu = UiText.menu(new Menu(), "menu.file");
    private final Menu recentMenu = UiText.menu(new Menu(), "file.recent");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final List<MenuItem> needModel = new ArrayList<>();
    private final MenuItem exportItem = UiText.menu(new MenuItem(), "file.export-layer");
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
        MenuItem open = item("file.open", "Shortcut+O", "openItem", this::chooseAndOpen);
        MenuItem connect = item("file.connect-postgis", null, "connectPostgisItem", () -> postgis.connectAndOpen());
        MenuItem openWs = item("file.open-workspace", "Shortcut+Shift+O", "openWorkspaceItem",
                this::chooseAndOpenWorkspace);
        MenuItem save = item("file.save", "Shortcut+S", "saveWorkspaceItem", this::saveWorkspace);
        MenuItem saveAs = item("file.save-as", "Shortcut+Shift+S", "saveWorkspaceAsItem", this::saveWorkspaceAs);
        exportItem.setId("exportLayerMenuItem");
        exportItem.setOnAction(e -> exportLayer());
        MenuItem quit = item("file.quit", "Shortcut+Q", "quitItem", () -> onQuit.run());
        recentMenu.setId("recentMenu");
        needModel.addAll(List.of(open, connect, openWs, save, saveAs, recentMenu, exportItem));
        for (MenuItem i : needModel) {
            i.setDisable(true);
        }
        menu.getItems().addAll(open, recentMenu, connect, new SeparatorMenuItem(), openWs, save, saveAs,
                new SeparatorMenuItem(), exportItem, new SeparatorMenuItem(), quit);
        view.menuBar().getMenus().add(0, menu);
        rebuildRecent();
        UiText.onChange(view.menuBar(), this::rebuildRecent);
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

    private static MenuItem item(String key, String keys, String id, Runnable action) {
        MenuItem i = UiText.menu(new MenuItem(), key);
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

    /**
     * Opens files: workspaces as workspaces, anything else as layers in whatever format it is (a Shapefile's .shx,
     * .dbf, .prj and .cpg are skipped: its .shp brings them).
     */
    public void openAny(List<Path> files) {
        List<Path> layers = new ArrayList<>();
        int sidecars = 0;
        for (Path f : files) {
            String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (lower.endsWith(".claimscape")) {
                openWorkspace(f);
            } else if (Files.isDirectory(f)) {
                view.status(UiText.get("file.folder", f.getFileName()));
            } else if (SHAPEFILE_SIDECARS.stream().anyMatch(lower::endsWith)) {
                sidecars++;
            } else {
                layers.add(f);
            }
        }
        if (layers.isEmpty() && sidecars > 0) {
            view.status("Open a Shapefile by its .shp file (the .dbf, .shx and .prj beside it come along)");
        }
        if (!layers.isEmpty()) {
            users.open(layers);
        }
    }

    // ------------------------------------------------------------------ actions

    private void chooseAndOpen() {
        FileChooser fc = new FileChooser();
        fc.setTitle(UiText.get("file.open.title"));
        fc.getExtensionFilters().addAll(layerFilters());
        fc.getExtensionFilters().add(allFilter());
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
        fc.setTitle(UiText.get("file.open-workspace.title"));
        fc.getExtensionFilters().addAll(workspaceFilter(), allFilter());
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
        fc.setTitle(UiText.get("file.save.title"));
        fc.getExtensionFilters().add(workspaceFilter());
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
            UiDialogs.alert(Alert.AlertType.ERROR, window(), UiText.get("file.save.failed"),
                    UiText.get("file.save.failed.detail", p, e.getMessage())).show();
        }
    }

    /* The layer selected in the panel when it is the user's, else the user picks one. */
    private void exportLayer() {
        List<String> ids = users.ids();
        if (ids.isEmpty()) {
            view.status(UiText.get("file.export-layer.none"));
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
            ChoiceDialog<LayerState> d = UiDialogs.prepare(new ChoiceDialog<>(choices.get(0), choices), window());
            d.setHeaderText(UiText.get("file.export-layer.which"));
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
                    view.status(UiText.get("file.recent.gone", p));
                    return;
                }
                openAny(List.of(p));
            });
            recentMenu.getItems().add(i);
        }
        if (recent.list().isEmpty()) {
            MenuItem none = new MenuItem(UiText.get("file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            recentMenu.getItems().add(new SeparatorMenuItem());
            MenuItem clear = new MenuItem(UiText.get("file.recent.clear"));
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

    /** Every layer format Claimscape reads, then each on its own, in the window's language. */
    public static List<FileChooser.ExtensionFilter> layerFilters() {
        List<FileChooser.ExtensionFilter> out = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (LayerFormat f : LayerFormat.values()) {
            all.addAll(f.globs());
        }
        out.add(new FileChooser.ExtensionFilter(UiText.get("file.filter.layers"), all));
        for (LayerFormat f : LayerFormat.values()) {
            out.add(f == LayerFormat.GEOJSON ? geoJsonFilter() : new FileChooser.ExtensionFilter(f.title() + " ("
                    + String.join(", ", f.globs()) + ")", f.globs()));
        }
        return List.copyOf(out);
    }
}

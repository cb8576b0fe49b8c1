package org.claimscape.ui.data;

import java.io.File;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.WriteReport;
import org.claimscape.io.csv.CsvColumns;
import org.claimscape.io.csv.CsvLayerReader;
import org.claimscape.io.format.LayerFormat;
import org.claimscape.io.format.LayerFormats;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerCatalog;
import org.claimscape.model.LayerIds;
import org.claimscape.render.AutomaticStyle;
import org.claimscape.render.LayerStyle;
import org.claimscape.render.LayerView;
import org.claimscape.render.StyleCatalog;
import org.claimscape.search.NameSearch;
import org.claimscape.ui.edit.EditHistory;
import org.claimscape.ui.explorer.ExplorerContext;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.text.UiDialogs;
import org.claimscape.ui.text.UiText;

/**
 * The user's own layers in the explorer: opens layer files (GeoJSON, KML/KMZ, GeoPackage, CSV/TSV, Shapefile; see
 * {@link LayerFormats}) one after another on a background thread (progress
 * bar with Cancel over the map), asks what to do with a file that has errors, and puts each file at the top of the
 * layer panel under {@value #GROUP} with an {@link AutomaticStyle}, searchable and clickable like the bundled
 * layers. A CSV file whose geometry columns have unknown names gets a dialog to choose them. Offers rename, restyle,
 * export in any of the formats, the load report and removal from the layer's context menu.
 *
 * <p>The dialogs are injectable, so tests can answer them. FX thread only.
 */
public final class UserLayers {

    /** The layer panel group of the user's layers. */
    public static final String GROUP = "Your layers";

    private static final Logger LOG = Logger.getLogger(UserLayers.class.getName());

    /**
     * How a layer is to be set up when it arrives (from a workspace): null members mean "automatic".
     *
     * @param id      the layer id to use when it is free
     * @param title   panel title
     * @param style   style
     * @param visible shown
     * @param opacity 0..1
     */
    public record Preset(String id, String title, LayerStyle style, boolean visible, double opacity) {
    }

    /**
     * One user layer.
     *
     * @param id         layer id
     * @param file       the file it was read from
     * @param read       what the reader found (problems; the features are those of the layer)
     * @param csvColumns the geometry columns of a CSV file as the user chose them, else null (kept in workspaces)
     */
    public record UserLayer(String id, Path file, GeoJsonReadResult read, CsvColumns csvColumns) {

        public UserLayer(String id, Path file, GeoJsonReadResult read) {
            this(id, file, read, null);
        }
    }


    /* A layer taken out of the panel, with what puts it back where it was (undo). */
    private record Removed(UserLayer user, LayerState state, LayerStyle style, int index) {
    }

    private final ExplorerContext view;
    private final ExplorerModel model;
    private final StyleCatalog styles;
    private final Map<String, UserLayer> layers = new LinkedHashMap<>();
    private final LayerLoadQueue loads;
    private int searchGeneration;

    private Function<GeoJsonReadResult, ProblemsDialog.Choice> problemsPrompt;
    private BiConsumer<String, String> errorReporter;
    private Function<String, Optional<Path>> exportChooser;
    private BiFunction<Path, CsvLayerReader.Header, Optional<CsvColumns>> csvColumnsPrompt;
    private Consumer<LayerState> onAdded = s -> { };
    private Consumer<Path> onOpened = p -> { };
    private Runnable onChanged = () -> { };

    /** @param view the window, its layers loaded ({@link ExplorerContext#model()} not null) */
    public UserLayers(ExplorerContext view) {
        this.view = view;
        this.model = view.model();
        if (model == null) {
            throw new IllegalStateException("the explorer's layers are not loaded yet");
        }
        this.styles = model.styles();
        problemsPrompt = r -> ProblemsDialog.ask(window(), r);
        errorReporter = (title, message) -> {
            Alert a = UiDialogs.alert(Alert.AlertType.ERROR, window(), title, message);
            a.getDialogPane().setMinWidth(520);
            a.show();
        };
        exportChooser = suggested -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(UiText.get("data.export.title"));
            fc.setInitialFileName(suggested);
            for (LayerFormat format : LayerFormat.values()) {
                fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.title() + " (*"
                        + format.extension() + ")", "*" + format.extension()));
            }
            File f = fc.showSaveDialog(window());
            if (f == null) {
                return Optional.empty();
            }
            Path p = f.toPath();
            FileChooser.ExtensionFilter chosen = fc.getSelectedExtensionFilter();
            if (LayerFormats.forPath(p).isEmpty() && chosen != null) {
                p = p.resolveSibling(p.getFileName() + chosen.getExtensions().get(0).substring(1));
            }
            return Optional.of(p);
        };
        csvColumnsPrompt = (file, header) -> CsvColumnsDialog.ask(window(), file.getFileName().toString(), header);
        loads = new LayerLoadQueue(view, this::uniqueId, this::finished, (title, message) -> errorReporter.accept(title,
                message));
        view.layerList().setContextItems(this::contextItems);
    }

    // ------------------------------------------------------------------ injection points

    /** Replaces the problems dialog (tests). */
    public void setProblemsPrompt(Function<GeoJsonReadResult, ProblemsDialog.Choice> prompt) {
        this.problemsPrompt = prompt;
    }

    /** Replaces the error alert: receives a heading and the message (tests). */
    public void setErrorReporter(BiConsumer<String, String> reporter) {
        this.errorReporter = reporter;
    }

    /** Replaces the export file chooser: receives a suggested file name (tests). */
    public void setExportChooser(Function<String, Optional<Path>> chooser) {
        this.exportChooser = chooser;
    }

    /** Replaces the dialog that asks for a CSV file's geometry columns (tests). */
    public void setCsvColumnsPrompt(BiFunction<Path, CsvLayerReader.Header, Optional<CsvColumns>> prompt) {
        this.csvColumnsPrompt = prompt;
    }

    /** Called with each layer put into the panel. */
    public void setOnAdded(Consumer<LayerState> onAdded) {
        this.onAdded = onAdded;
    }

    /** Called with each file opened as a layer (for the recent files). */
    public void setOnOpened(Consumer<Path> onOpened) {
        this.onOpened = onOpened;
    }

    /** Called after any change of the user layers (added, removed, renamed, restyled). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    // ------------------------------------------------------------------ state

    /** The progress bar with Cancel, shown over the map while files load. */
    public HBox progressView() {
        return loads.progressView();
    }

    /** The load running now, or null. */
    public ReadOnlyObjectProperty<GeoJsonLoadTask> currentTaskProperty() {
        return loads.currentProperty();
    }

    /** Files queued or loading. */
    public ReadOnlyIntegerProperty pendingProperty() {
        return loads.pendingProperty();
    }

    public boolean isUserLayer(String layerId) {
        return layers.containsKey(layerId);
    }

    /** The user layer with this id, or null. */
    public UserLayer get(String layerId) {
        return layers.get(layerId);
    }

    /** The user layers' ids in panel order, top first. */
    public List<String> ids() {
        List<String> out = new ArrayList<>();
        for (LayerState s : model.layers()) {
            if (layers.containsKey(s.id())) {
                out.add(s.id());
            }
        }
        return out;
    }

    /** The style a user layer is drawn with. */
    public LayerStyle style(String layerId) {
        return styles.layerStyle(layerId);
    }

    // ------------------------------------------------------------------ opening

    /** Opens files as layers, one after another in the background. */
    public void open(List<Path> files) {
        for (Path f : files) {
            loads.add(new LayerLoadQueue.Job(f.toAbsolutePath().normalize(), null, null));
        }
    }

    /** Opens a file as a layer set up as saved (a workspace's layer). */
    public void open(Path file, Preset preset) {
        open(file, preset, null);
    }

    /**
     * Opens a file as a layer set up as saved, a CSV file with the geometry columns chosen for it (asked again
     * when the file no longer has them).
     */
    public void open(Path file, Preset preset, CsvColumns csvColumns) {
        loads.add(new LayerLoadQueue.Job(file.toAbsolutePath().normalize(), preset, csvColumns));
    }

    /** Cancels the running load and the queued ones. */
    public void cancelLoading() {
        loads.cancel();
    }

    /* A read that ended: asks for a CSV file's columns or about problems, and adds the layer when it may. */
    private void finished(GeoJsonLoadTask task, LayerLoadQueue.Job job) {
        GeoJsonLoadTask.Loaded loaded = task.getValue();
        GeoJsonReadResult read = loaded.read();
        String name = job.file().getFileName().toString();
        if (loaded.csvHeader() != null) {
            Optional<CsvColumns> columns = csvColumnsPrompt.apply(job.file(), loaded.csvHeader());
            if (columns.isPresent()) {
                loads.addFirst(new LayerLoadQueue.Job(job.file(), job.preset(), columns.get()));
            } else {
                view.status(UiText.get("csv.not-loaded", name));
            }
            return;
        }
        GeoJsonProblem fatal = read.problems().stream().filter(p -> p.kind() == GeoJsonProblem.Kind.TOO_LARGE
                || p.kind() == GeoJsonProblem.Kind.IO_ERROR || p.kind() == GeoJsonProblem.Kind.NOT_GEOJSON)
                .findFirst().orElse(null);
        if (loaded.layer() == null && fatal != null) {
            errorReporter.accept(UiText.get("data.cannot-open", name), fatal.message());
            view.status(UiText.get("data.cannot-open", name));
            return;
        }
        if (!read.isValid()) {
            if (problemsPrompt.apply(read) != ProblemsDialog.Choice.LOAD_VALID || loaded.layer() == null) {
                view.status(UiText.get("data.not-loaded", name, read.errors().size()));
                return;
            }
        } else if (loaded.layer() == null) {
            errorReporter.accept(UiText.get("data.nothing", name), UiText.get("data.no-features"));
            return;
        }
        add(loaded, job.preset(), task.csvColumnsUsed());
    }

    private void add(GeoJsonLoadTask.Loaded loaded, Preset preset, CsvColumns csvColumns) {
        Layer layer = loaded.layer();
        LayerStyle style = preset != null && preset.style() != null ? preset.style()
                : AutomaticStyle.forLayer(layer, allStyles());
        styles.setLayerStyle(layer.id(), style);
        UserLayer u = new UserLayer(layer.id(), loaded.file(), withoutFeatures(loaded.read()), csvColumns);
        layers.put(layer.id(), u);
        LayerState s = state(layer, loaded.file(), layer.title(), u.read(), preset == null || preset.visible());
        if (preset != null) {
            s.opacityProperty().set(Math.max(0, Math.min(1, preset.opacity())));
        }
        model.layers().add(0, s);
        refreshSearch();
        view.status(u.read().problems().isEmpty()
                ? UiText.get("data.opened", loaded.file().getFileName(), layer.size())
                : UiText.get("data.opened-problems", loaded.file().getFileName(), layer.size(),
                u.read().problems().size()));
        if (preset == null) {
            onOpened.accept(loaded.file());
            view.zoomToLayer(s);
            /* A workspace's layers are not edits: opening a workspace starts a new history. */
            String id = layer.id();
            Removed[] undone = new Removed[1];
            view.edits().record(EditHistory.of(UiText.get("edit.add", s.title()), () -> undone[0] = take(id),
                    () -> {
                        if (undone[0] != null) {
                            reinstate(undone[0]);
                        }
                    }));
        }
        onAdded.accept(s);
        onChanged.run();
    }

    /* The report keeps the problems, not a second reference to every feature. */
    private static GeoJsonReadResult withoutFeatures(GeoJsonReadResult r) {
        return new GeoJsonReadResult(r.file(), List.of(), r.problems(), r.isComplete(), r.featuresSeen());
    }

    private LayerState state(Layer layer, Path file, String title, GeoJsonReadResult read, boolean visible) {
        String description = file + "\n" + (read.problems().isEmpty() ? UiText.get("data.no-problems")
                : UiText.get("data.problems", read.errors().size(), read.warnings().size()));
        LayerCatalog.Entry entry = new LayerCatalog.Entry(layer.id(), title, GROUP, file.toString(), visible, 0,
                LayerView.NO_MAX_ZOOM, description);
        LayerState s = new LayerState(entry, layer, visible);
        InvalidationListener redraw = o -> {
            view.mapPane().overlay().invalidateContent();
            onChanged.run();
        };
        s.visibleProperty().addListener(redraw);
        s.opacityProperty().addListener(redraw);
        return s;
    }

    private List<LayerStyle> allStyles() {
        List<LayerStyle> out = new ArrayList<>();
        for (String id : layers.keySet()) {
            if (styles.layerStyle(id) != null) {
                out.add(styles.layerStyle(id));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ layer actions

    /** Removes a user layer (Edit → Undo puts it back). */
    public void remove(String layerId) {
        Removed r = take(layerId);
        if (r != null) {
            view.edits().record(EditHistory.of(UiText.get("edit.remove", r.state().title()), () -> reinstate(r),
                    () -> take(layerId)));
        }
    }

    /** Removes every user layer (a workspace is being opened: not an edit). */
    public void removeAll() {
        for (String id : new ArrayList<>(layers.keySet())) {
            take(id);
        }
    }

    private Removed take(String layerId) {
        LayerState s = model.layer(layerId);
        UserLayer u = layers.get(layerId);
        if (s == null || u == null) {
            return null;
        }
        Removed r = new Removed(u, s, styles.layerStyle(layerId), model.layers().indexOf(s));
        ExplorerModel.Pick sel = model.selectedProperty().get();
        if (sel != null && sel.layerId().equals(layerId)) {
            model.selectedProperty().set(null);
        }
        model.picked().removeIf(p -> p.layerId().equals(layerId));
        model.layers().remove(s);
        layers.remove(layerId);
        styles.setLayerStyle(layerId, null);
        refreshSearch();
        view.status(UiText.get("data.removed", s.title()));
        onChanged.run();
        return r;
    }

    private void reinstate(Removed r) {
        String id = r.user().id();
        if (layers.containsKey(id) || model.layer(id) != null) {
            return;
        }
        layers.put(id, r.user());
        styles.setLayerStyle(id, r.style());
        model.layers().add(Math.max(0, Math.min(r.index(), model.layers().size())), r.state());
        refreshSearch();
        view.status(UiText.get("data.restored", r.state().title()));
        onChanged.run();
    }

    /** Gives a user layer a new title (the layer is re-indexed in the background for the new title). */
    public void rename(String layerId, String title) {
        retitle(layerId, title, true);
    }

    private void retitle(String layerId, String title, boolean record) {
        LayerState s = model.layer(layerId);
        UserLayer u = layers.get(layerId);
        if (s == null || u == null || title == null || title.isBlank() || title.strip().equals(s.title())) {
            return;
        }
        String t = title.strip();
        view.tasks().submit(UiText.get("task.rename", s.title()), job -> s.layer().withTitle(t), renamed -> {
            int at = model.layers().indexOf(s);
            if (at < 0) {
                return;
            }
            LayerState r = state(renamed, u.file(), t, u.read(), s.isVisible());
            r.opacityProperty().set(s.opacityProperty().get());
            model.layers().set(at, r);
            refreshSearch();
            onChanged.run();
            if (record) {
                String was = s.title();
                view.edits().record(EditHistory.of(UiText.get("edit.rename", was, t),
                        () -> retitle(layerId, was, false), () -> retitle(layerId, t, false)));
            }
        });
    }

    /** Draws a user layer with a new style. */
    public void restyle(String layerId, LayerStyle style) {
        LayerStyle was = styles.layerStyle(layerId);
        if (!layers.containsKey(layerId) || style == null || style.equals(was)) {
            return;
        }
        setStyle(layerId, style);
        LayerState s = model.layer(layerId);
        view.edits().record(EditHistory.of(UiText.get("edit.style", s == null ? layerId : s.title()),
                () -> setStyle(layerId, was), () -> setStyle(layerId, style)));
    }

    private void setStyle(String layerId, LayerStyle style) {
        if (!layers.containsKey(layerId) || style == null) {
            return;
        }
        styles.setLayerStyle(layerId, style);
        view.mapPane().overlay().invalidateContent();
        view.layerList().refresh();
        refreshSearch();
        onChanged.run();
    }

    /**
     * Writes a user layer (its valid features) in the format the target's name says (GeoJSON when it says none),
     * in the background; reports the outcome and what the format could not keep.
     */
    public CompletableFuture<Path> export(String layerId, Path target) {
        LayerState s = model.layer(layerId);
        if (s == null || s.layer() == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no layer " + layerId));
        }
        Layer layer = s.layer();
        view.status(UiText.get("data.exporting", s.title()));
        return view.tasks().submit(UiText.get("task.export", s.title(), target), job -> LayerFormats.write(layer,
                target), report -> view.status(UiText.get("data.exported", layer.size(), target)
                + (report.warnings().isEmpty() ? "" : " (" + String.join("; ", report.warnings()) + ")")),
                e -> errorReporter.accept(UiText.get("data.cannot-export", s.title()), target + ": "
                        + e.getMessage())).done().thenApply(report -> target);
    }

    /** The context menu entries for a row of the layer panel (none for bundled layers). */
    public List<MenuItem> contextItems(LayerState s) {
        if (s == null || !layers.containsKey(s.id())) {
            return List.of();
        }
        String id = s.id();
        MenuItem rename = new MenuItem(UiText.get("data.menu.rename"));
        rename.setOnAction(e -> {
            TextInputDialog d = UiDialogs.prepare(new TextInputDialog(s.title()), window());
            d.setTitle(UiText.get("data.rename.title"));
            d.setHeaderText(UiText.get("data.rename.header", s.title()));
            d.showAndWait().ifPresent(t -> rename(id, t));
        });
        MenuItem style = new MenuItem(UiText.get("data.menu.style"));
        style.setOnAction(e -> LayerStyleDialog.edit(window(), s, styles.layerStyle(id), styles.icons())
                .ifPresent(r -> view.edits().group(UiText.get("edit.style", s.title()), () -> {
                    restyle(id, r.style());
                    s.opacityProperty().set(r.opacity());
                })));
        MenuItem export = new MenuItem(UiText.get("data.menu.export"));
        export.setOnAction(e -> exportChooser.apply(slug(s.title()) + ".geojson").ifPresent(p -> export(id, p)));
        MenuItem report = new MenuItem(UiText.get("data.menu.report"));
        UserLayer u = layers.get(id);
        report.setDisable(u.read().problems().isEmpty());
        report.setOnAction(e -> ProblemsDialog.show(window(), u.read()));
        MenuItem remove = new MenuItem(UiText.get("data.menu.remove"));
        remove.setOnAction(e -> remove(id));
        rename.setId("renameLayerItem");
        style.setId("styleLayerItem");
        export.setId("exportLayerItem");
        report.setId("reportLayerItem");
        remove.setId("removeLayerItem");
        return List.of(new SeparatorMenuItem(), rename, style, export, report, new SeparatorMenuItem(), remove);
    }

    // ------------------------------------------------------------------ search

    /* The bundled layers in the model's ranking, then the user's; built off the FX thread (a large layer has
       a million names), the newest build wins. */
    private void refreshSearch() {
        Map<String, Layer> searchable = new LinkedHashMap<>();
        for (String id : LayerIds.SEARCH_RANKING) {
            LayerState s = model.layer(id);
            if (s != null && s.layer() != null) {
                searchable.put(id, s.layer());
            }
        }
        Map<String, String> nameProperties = new LinkedHashMap<>();
        for (LayerState s : model.layers()) {
            if (s.layer() != null && !s.isBasemap() && !layers.containsKey(s.id())) {
                searchable.putIfAbsent(s.id(), s.layer());
            }
        }
        for (LayerState s : model.layers()) {
            if (s.layer() != null && layers.containsKey(s.id())) {
                searchable.put(s.id(), s.layer());
                LayerStyle st = styles.layerStyle(s.id());
                if (st != null && st.labelProperty() != null) {
                    nameProperties.put(s.id(), st.labelProperty());
                }
            }
        }
        int generation = ++searchGeneration;
        view.tasks().submit(UiText.get("task.index"), job -> new NameSearch(searchable, nameProperties), search -> {
            if (generation == searchGeneration) {
                model.setSearch(search);
            }
        });
    }

    // ------------------------------------------------------------------ names

    private String uniqueId(String wanted) {
        return model.freeLayerId(wanted, layers.keySet());
    }

    /** "Sites (2024).geojson.gz" → "Sites (2024)"; likewise for every format's endings. */
    public static String titleOf(Path file) {
        String n = file.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        for (LayerFormat format : LayerFormat.values()) {
            for (String ext : format.endings()) {
                if (lower.endsWith(ext) && n.length() > ext.length()) {
                    return n.substring(0, n.length() - ext.length());
                }
            }
        }
        return n;
    }

    /** "Sites (2024)" → "sites-2024". */
    static String slug(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "layer" : s.length() > 40 ? s.substring(0, 40) : s;
    }

    private Window window() {
        return view.owner();
    }
}

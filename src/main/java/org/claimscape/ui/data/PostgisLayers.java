package org.claimscape.ui.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import javafx.util.Duration;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.postgis.PostgisChanges;
import org.claimscape.io.postgis.PostgisConnection;
import org.claimscape.io.postgis.PostgisException;
import org.claimscape.io.postgis.PostgisLayerReader;
import org.claimscape.io.postgis.PostgisLayerWriter;
import org.claimscape.io.postgis.PostgisSpec;
import org.claimscape.io.postgis.PostgisTable;
import org.claimscape.io.postgis.ReadWindow;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerCatalog;
import org.claimscape.model.Workspace;
import org.claimscape.render.AutomaticStyle;
import org.claimscape.render.LayerStyle;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapViewport;
import org.claimscape.render.StyleCatalog;
import org.claimscape.ui.explorer.BackgroundTasks;
import org.claimscape.ui.explorer.ExplorerContext;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerState;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Layers from PostGIS tables, live: each reads only what the view needs (a box around it, simplified by the
 * server at small scales) and reads again when the view leaves what it read, on its own background lane, keeping
 * what it shows until the new read is complete; a failed read (server gone, connection dropped) leaves the layer
 * as it was and says why. Refresh reads again; live updates (LISTEN/NOTIFY, with a trigger the app installs)
 * read again when another session commits a change. Edits (attributes of a feature, points added) are kept as
 * pending until saved, in one transaction. Any layer can be saved to a table. The layers sit with the user's
 * files under {@value UserLayers#GROUP}, styled, picked and filtered by date like them.
 *
 * <p>Passwords are kept in memory for the session only (never in a workspace). Prompts are injectable for tests.
 * FX thread only.
 */
public final class PostgisLayers implements DatabaseLayers {

    /** Most rows one read takes; a guard for memory, said in the status bar when reached. */
    public static final long ROW_LIMIT = 2_000_000;

    private final ExplorerContext view;
    private final ExplorerModel model;
    private final UserLayers users;
    private final StyleCatalog styles;
    private final Map<String, DbLayer> layers = new LinkedHashMap<>();
    private final Map<String, char[]> passwords = new HashMap<>();
    private final Map<String, PostgisChanges> listeners = new HashMap<>();
    private final PauseTransition settle = new PauseTransition(Duration.millis(150));
    private PostgisSpec lastConnection;
    private Consumer<LayerState> onAdded = s -> { };
    private Runnable onChanged = () -> { };
    private Function<PostgisSpec, Optional<char[]>> passwordPrompt;
    private BiConsumer<String, String> errorReporter;

    /** A table shown as a layer, with what was read of it and the edits not saved yet. */
    private final class DbLayer {
        final String id;
        final PostgisSpec spec;
        final BackgroundTasks.Lane lane = view.tasks().lane();
        PostgisTable table;
        LayerState state;
        Envelope extent;
        /* Only touched on the lane. */
        PostgisConnection connection;
        /* What the shown features cover; null before the first read. */
        ReadWindow window;
        int generation;
        BackgroundTasks.Job<?> running;
        GeoJsonReadResult lastRead;
        boolean live;
        boolean styled;
        final Map<String, Feature> changed = new LinkedHashMap<>();
        final Map<String, Map<String, Object>> changedValues = new LinkedHashMap<>();
        final List<Feature> added = new ArrayList<>();

        DbLayer(String id, PostgisSpec spec) {
            this.id = id;
            this.spec = spec;
        }

        int pending() {
            return changed.size() + added.size();
        }
    }

    /** The features of one read, made into a layer off the FX thread. */
    private record Fetched(GeoJsonReadResult read, Layer layer, ReadWindow window) {
    }

    /** A table opened (its connection, description and extent), or the password refused or missing. */
    private record Opened(PostgisConnection connection, PostgisTable table, Envelope extent,
                          PostgisException passwordProblem) {
    }

    /**
     * @param view  the window, its layers loaded
     * @param users the user's file layers, whose group and context menu these share
     */
    public PostgisLayers(ExplorerContext view, UserLayers users) {
        this.view = view;
        this.model = view.model();
        this.users = users;
        this.styles = model.styles();
        passwordPrompt = spec -> PostgisDialog.askPassword(window(), spec,
                "The server asks for a password, and ~/.pgpass has none for this connection.");
        errorReporter = (title, message) -> {
            Alert a = new Alert(Alert.AlertType.ERROR, message);
            a.setHeaderText(title);
            a.initOwner(window());
            a.getDialogPane().setMinWidth(520);
            a.show();
        };
        settle.setOnFinished(e -> readWhatTheViewNeeds(false));
        view.mapPane().navigator().addViewListener(settle::playFromStart);
        view.layerList().setContextItems(this::contextItems);
    }

    // ------------------------------------------------------------------ injection points

    /** Replaces the password prompt (tests). */
    public void setPasswordPrompt(Function<PostgisSpec, Optional<char[]>> prompt) {
        this.passwordPrompt = prompt;
    }

    /** Replaces the error alert: heading and message (tests). */
    public void setErrorReporter(BiConsumer<String, String> reporter) {
        this.errorReporter = reporter;
    }

    @Override
    public void setOnAdded(Consumer<LayerState> onAdded) {
        this.onAdded = onAdded;
    }

    /** Called after any change of these layers (added, removed, restyled). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    // ------------------------------------------------------------------ state

    public boolean isDatabaseLayer(String layerId) {
        return layers.containsKey(layerId);
    }

    /** The ids of the database layers, in no particular order. */
    public Set<String> ids() {
        return new HashSet<>(layers.keySet());
    }

    /** The table a layer shows, or null. */
    public PostgisTable table(String layerId) {
        DbLayer d = layers.get(layerId);
        return d == null ? null : d.table;
    }

    /** The problems of a layer's last read (repaired geometries, a lost connection), or null. */
    public GeoJsonReadResult lastRead(String layerId) {
        DbLayer d = layers.get(layerId);
        return d == null ? null : d.lastRead;
    }

    /** Edits of a layer not saved yet. */
    public int pendingEdits(String layerId) {
        DbLayer d = layers.get(layerId);
        return d == null ? 0 : d.pending();
    }

    // ------------------------------------------------------------------ connect and open

    /** "Connect to PostGIS…": the dialog, then the tables chosen as layers. */
    public void connectAndOpen() {
        PostgisDialog.connect(window(), view.tasks(), lastConnection).ifPresent(c -> {
            remember(c.connection(), c.password());
            for (PostgisTable t : c.tables()) {
                open(c.connection().withTable(t.schema() + "." + t.name(), t.geometryColumn()), null, c.live());
            }
        });
    }

    /**
     * Opens a table as a layer (connects in the background; asks for a password when neither the session nor
     * ~/.pgpass has one).
     *
     * @param spec   connection and table
     * @param preset how a workspace had it, or null
     * @param live   whether to follow other sessions' changes (installs the trigger, after asking)
     */
    public void open(PostgisSpec spec, UserLayers.Preset preset, boolean live) {
        lastConnection = spec.withoutTable();
        view.status("Connecting to " + spec.label() + "…");
        view.tasks().submit("open " + spec.label(), job -> {
            PostgisConnection c;
            try {
                c = PostgisConnection.open(spec, password(spec));
            } catch (PostgisException e) {
                if (e.kind() == PostgisException.Kind.NEEDS_PASSWORD
                        || e.kind() == PostgisException.Kind.WRONG_PASSWORD) {
                    return new Opened(null, null, null, e); // asked for below, not a failure to report
                }
                throw e;
            }
            try {
                PostgisTable t = c.table(spec);
                return new Opened(c, t, c.extent(t), null);
            } catch (PostgisException e) {
                c.close();
                throw e;
            }
        }, opened -> {
            if (opened.passwordProblem() == null) {
                added(spec, opened, preset, live);
                return;
            }
            forget(spec);
            Optional<char[]> pw = passwordPrompt.apply(spec);
            if (pw.isPresent()) {
                remember(spec, pw.get());
                open(spec, preset, live);
            } else {
                view.status("Not opened: " + opened.passwordProblem().getMessage());
            }
        }, e -> errorReporter.accept("Cannot open " + spec.label(), e.getMessage()));
    }

    private void added(PostgisSpec spec, Opened opened, UserLayers.Preset preset, boolean live) {
        PostgisTable t = opened.table();
        String title = preset != null && preset.title() != null ? preset.title() : t.name();
        String id = uniqueId(preset != null && preset.id() != null ? preset.id() : "pg-" + UserLayers.slug(title));
        DbLayer d = new DbLayer(id, spec.withTable(t.qualifiedName(), spec.geometryColumn()));
        d.table = t;
        d.extent = opened.extent();
        d.lane.submit("keep the connection", job -> {
            d.connection = opened.connection();
            return null;
        }, x -> { }, x -> { });
        boolean visible = preset == null || preset.visible();
        LayerCatalog.Entry entry = new LayerCatalog.Entry(id, title, UserLayers.GROUP, d.spec.toUri(), visible, 0,
                LayerView.NO_MAX_ZOOM, d.spec.label() + "\n" + t.summary()
                + (t.isEditable() ? "" : "\nRead only: " + (t.view() ? "a view" : "no primary key")));
        d.state = new LayerState(entry, new Layer(id, title, List.of()), visible);
        if (preset != null) {
            d.state.opacityProperty().set(Math.max(0, Math.min(1, preset.opacity())));
            if (preset.style() != null) {
                styles.setLayerStyle(id, preset.style());
                d.styled = true;
            }
        }
        InvalidationListener redraw = o -> {
            view.mapPane().overlay().invalidateContent();
            onChanged.run();
        };
        d.state.visibleProperty().addListener(redraw);
        d.state.opacityProperty().addListener(redraw);
        d.state.visibleProperty().addListener(o -> {
            if (d.state.isVisible()) {
                readIfNeeded(d, false);
            }
        });
        layers.put(id, d);
        model.layers().add(0, d.state);
        view.status("Opened " + d.spec.label() + " (" + t.summary() + ")");
        if (preset == null && d.extent != null && !d.extent.isNull()) {
            view.mapPane().navigator().fit(d.extent, 40, 12, false);
        }
        readIfNeeded(d, true);
        if (live) {
            setLive(d, true);
        }
        onAdded.accept(d.state);
        onChanged.run();
    }

    // ------------------------------------------------------------------ reading by the view

    private void readWhatTheViewNeeds(boolean force) {
        for (DbLayer d : layers.values()) {
            if (d.state.isVisible()) {
                readIfNeeded(d, force);
            }
        }
    }

    /** Reads the layer again for the current view, unless what it has covers the view at the detail needed. */
    public void refresh(String layerId) {
        DbLayer d = layers.get(layerId);
        if (d != null) {
            readIfNeeded(d, true);
        }
    }

    private void readIfNeeded(DbLayer d, boolean force) {
        MapViewport v = view.mapPane().navigator().viewport();
        Envelope shown = v.bounds();
        if (!force && d.window != null && d.window.serves(shown, v.zoom())) {
            return;
        }
        ReadWindow want = ReadWindow.forView(shown, v.zoom(), d.extent,
                d.table.geometryType().toUpperCase(Locale.ROOT).contains("POINT"));
        int generation = ++d.generation;
        if (d.running != null) {
            d.running.cancel();
        }
        Map<String, Feature> changed = new LinkedHashMap<>(d.changed);
        List<Feature> added = displayedAdded(d);
        PostgisTable table = d.table;
        d.running = d.lane.submit("read " + d.state.title() + " from " + d.spec.label(), job -> {
            PostgisConnection c = connection(d);
            GeoJsonReadResult r = want.reader(new PostgisLayerReader())
                    .withRepair(true).withLimit(ROW_LIMIT).withCancellation(job::isCancelled).read(c, table);
            if (!r.isComplete()) {
                c.close();
                d.connection = null; // a broken connection is opened anew by the next read
                return new Fetched(r, null, want);
            }
            List<Feature> features = new ArrayList<>(r.features().size() + added.size());
            for (Feature f : r.features()) {
                Feature edited = f.id() == null ? null : changed.get(f.id());
                features.add(edited != null ? edited : f);
            }
            features.addAll(added);
            return new Fetched(r, new Layer(d.id, d.state.title(), features), want);
        }, fetched -> {
            if (generation != d.generation || layers.get(d.id) != d) {
                return;
            }
            d.running = null;
            show(d, fetched);
        }, e -> {
            if (generation == d.generation) {
                d.running = null;
            }
        });
    }

    private void show(DbLayer d, Fetched f) {
        d.lastRead = new GeoJsonReadResult(f.read().file(), List.of(), f.read().problems(), f.read().isComplete(),
                f.read().featuresSeen());
        if (f.layer() == null) {
            String why = f.read().errors().isEmpty() ? "the read stopped" : f.read().errors().get(0).message();
            view.status("Cannot read " + d.state.title() + ": " + why + ". The layer keeps what it showed.");
            return;
        }
        d.state.replaceLayer(f.layer());
        d.window = f.window();
        if (!d.styled) {
            styles.setLayerStyle(d.id, AutomaticStyle.forLayer(f.layer(), otherStyles(d.id)));
            d.styled = true;
            view.layerList().refresh();
        }
        view.mapPane().overlay().invalidateContent();
        long repaired = f.read().problems().stream().filter(p -> p.kind() == GeoJsonProblem.Kind.REPAIRED).count();
        boolean truncated = f.read().problems().stream().anyMatch(p -> p.kind() == GeoJsonProblem.Kind.TOO_LARGE);
        view.status(String.format(Locale.ROOT, "%s: %,d features from %s%s%s%s", d.state.title(),
                f.layer().size(), d.window.whole() ? "the whole table" : "around the view",
                repaired > 0 ? ", " + repaired + " invalid geometries repaired for drawing" : "",
                truncated ? String.format(Locale.ROOT, " (the first %,d rows only: zoom in)", ROW_LIMIT) : "",
                d.pending() > 0 ? ", " + d.pending() + " edits not saved" : ""));
    }

    /* Runs on the layer's lane. */
    private PostgisConnection connection(DbLayer d) throws PostgisException {
        if (d.connection == null || !d.connection.isAlive()) {
            if (d.connection != null) {
                d.connection.close();
            }
            d.connection = PostgisConnection.open(d.spec, password(d.spec));
        }
        return d.connection;
    }

    private List<LayerStyle> otherStyles(String except) {
        List<LayerStyle> out = new ArrayList<>();
        for (LayerState s : model.layers()) {
            LayerStyle st = styles.layerStyle(s.id());
            if (!s.id().equals(except) && st != null && (users.isUserLayer(s.id()) || layers.containsKey(s.id()))) {
                out.add(st);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ live updates

    /** Follows (or stops following) other sessions' changes of a layer's table. */
    public void setLive(String layerId, boolean on) {
        DbLayer d = layers.get(layerId);
        if (d != null) {
            setLive(d, on);
        }
    }

    private void setLive(DbLayer d, boolean on) {
        d.live = on;
        String key = key(d.spec);
        if (!on) {
            if (layers.values().stream().noneMatch(o -> o.live && key(o.spec).equals(key))) {
                PostgisChanges l = listeners.remove(key);
                if (l != null) {
                    closeLater(l);
                }
            }
            return;
        }
        PostgisTable table = d.table;
        d.lane.submit("check the change trigger of " + d.state.title(), job -> PostgisChanges.hasTrigger(
                connection(d), table), has -> {
            if (!has && !confirmTrigger(d)) {
                d.live = false;
                return;
            }
            d.lane.submit("install the change trigger on " + d.state.title(), job -> {
                if (!has) {
                    PostgisChanges.installTrigger(connection(d), table);
                }
                return null;
            }, x -> listen(d), e -> {
                d.live = false;
                errorReporter.accept("Cannot follow changes of " + d.state.title(), e.getMessage());
            });
        }, e -> d.live = false);
    }

    private boolean confirmTrigger(DbLayer d) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "To show other users' changes as they are saved, "
                + "Claimscape puts a trigger (" + PostgisChanges.TRIGGER + ") on " + d.table.qualifiedName()
                + " that announces each change with NOTIFY. It changes no data. Install it?",
                ButtonType.OK, ButtonType.CANCEL);
        a.setHeaderText("Live updates for " + d.state.title());
        a.initOwner(window());
        return a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    private void listen(DbLayer d) {
        String key = key(d.spec);
        if (listeners.containsKey(key)) {
            view.status("Following the changes of " + d.state.title());
            return;
        }
        PostgisSpec spec = d.spec.withoutTable();
        Executor follow = loop -> view.tasks().submit("follow changes on " + key, job -> {
            loop.run();
            return null;
        }, x -> { });
        view.tasks().submit("listen for changes on " + key, job -> PostgisChanges.listen(
                PostgisConnection.open(spec, password(spec)), follow,
                change -> Platform.runLater(() -> changed(change)),
                lost -> Platform.runLater(() -> {
                    listeners.remove(key);
                    view.status("Live updates from " + key + " stopped: " + lost.getMessage());
                })), l -> {
                    if (layers.values().stream().noneMatch(o -> o.live && key(o.spec).equals(key))) {
                        closeLater(l); // live updates were turned off, or the layer removed, meanwhile
                        return;
                    }
                    PostgisChanges old = listeners.put(key, l);
                    if (old != null) {
                        closeLater(old);
                    }
                    view.status("Following the changes of " + d.state.title());
                });
    }

    /* Closing waits for the listener's thread (up to half a second): not on the FX thread. */
    private void closeLater(PostgisChanges l) {
        view.tasks().submit("stop listening for changes", job -> {
            l.close();
            return null;
        }, x -> { });
    }

    private void changed(PostgisChanges.Change change) {
        for (DbLayer d : layers.values()) {
            if (d.live && change.isOf(d.table)) {
                view.status(d.state.title() + " changed in the database; reading it again");
                readIfNeeded(d, true);
            }
        }
    }

    // ------------------------------------------------------------------ edits

    /** Edits the attributes of the selected feature of a layer (kept as pending until saved). */
    public void editSelected(String layerId) {
        DbLayer d = layers.get(layerId);
        ExplorerModel.Pick pick = model.selectedProperty().get();
        if (d == null || pick == null || !pick.layerId().equals(layerId)) {
            errorReporter.accept("No feature selected", "Click a feature of " + (d == null ? "the layer"
                    : d.state.title()) + " on the map first, then edit its attributes.");
            return;
        }
        Feature f = pick.feature();
        PostgisDialog.editAttributes(window(), (f.id() == null ? "New feature" : "Feature " + f.id()) + " of "
                + d.state.title(), columns(d), f.properties()).ifPresent(values -> edit(layerId, f, values));
    }

    /**
     * Changes values of a feature of a layer (pending until {@link #saveEdits}); shown at once.
     *
     * @param values new values by column (null clears)
     */
    public void edit(String layerId, Feature feature, Map<String, Object> values) {
        DbLayer d = layers.get(layerId);
        if (d == null || values.isEmpty()) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>(feature.properties());
        properties.putAll(values);
        Feature edited = new Feature(feature.rawId(), feature.geometry(), properties);
        String id = feature.id();
        if (id != null && id.matches("new-\\d+") && Integer.parseInt(id.substring(4)) <= d.added.size()) {
            d.added.set(Integer.parseInt(id.substring(4)) - 1, new Feature(null, feature.geometry(), properties));
        } else if (id != null && d.table.isEditable()) {
            d.changed.put(id, edited);
            d.changedValues.computeIfAbsent(id, k -> new LinkedHashMap<>()).putAll(values);
        } else {
            errorReporter.accept("Cannot edit this feature", d.state.title() + " has no key to find the feature "
                    + "by (a view, or a table without primary key)");
            return;
        }
        replaceShown(d, feature, edited);
        view.status(d.pending() + " edits of " + d.state.title() + " not saved yet (layer menu: Save edits)");
    }

    /** Adds a point at the map's centre, with attributes asked for; pending until saved. */
    public void addPointAtCentre(String layerId) {
        DbLayer d = layers.get(layerId);
        if (d == null) {
            return;
        }
        MapViewport v = view.mapPane().navigator().viewport();
        PostgisDialog.editAttributes(window(), "New point at lat " + String.format(Locale.ROOT, "%.5f", v.centerLat())
                + ", lon " + String.format(Locale.ROOT, "%.5f", v.centerLon()) + " in " + d.state.title(), columns(d),
                Map.of()).ifPresent(values -> addPoint(layerId, v.centerLon(), v.centerLat(), values));
    }

    /** Adds a point feature (pending until saved). */
    public void addPoint(String layerId, double lon, double lat, Map<String, Object> values) {
        DbLayer d = layers.get(layerId);
        if (d == null) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String c : columns(d)) {
            properties.put(c, values.get(c));
        }
        d.added.add(new Feature(null, new GeometryFactory().createPoint(new Coordinate(lon, lat)), properties));
        List<Feature> features = new ArrayList<>(d.state.layer().features());
        features.add(displayedAdded(d).get(d.added.size() - 1));
        d.state.replaceLayer(new Layer(d.id, d.state.title(), features));
        view.mapPane().overlay().invalidateContent();
        view.status(d.pending() + " edits of " + d.state.title() + " not saved yet (layer menu: Save edits)");
    }

    /** Saves a layer's pending edits in one transaction, then reads the layer again. */
    public BackgroundTasks.Job<PostgisLayerWriter.Saved> saveEdits(String layerId) {
        DbLayer d = layers.get(layerId);
        if (d == null || d.pending() == 0) {
            return null;
        }
        List<PostgisLayerWriter.Edit> edits = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> e : d.changedValues.entrySet()) {
            Feature f = d.changed.get(e.getKey());
            edits.add(new PostgisLayerWriter.Edit(f.rawId(), e.getValue(), null));
        }
        List<Feature> added = new ArrayList<>(d.added);
        PostgisTable table = d.table;
        view.status("Saving " + d.pending() + " edits of " + d.state.title() + "…");
        return d.lane.submit("save the edits of " + d.state.title(), job -> new PostgisLayerWriter().save(
                connection(d), table, added, edits, List.of()), saved -> {
                    d.changed.clear();
                    d.changedValues.clear();
                    d.added.clear();
                    view.status(String.format(Locale.ROOT, "Saved to %s: %d added, %d changed", d.spec.label(),
                            saved.added(), saved.changed()));
                    readIfNeeded(d, true);
                }, e -> errorReporter.accept("Cannot save the edits of " + d.state.title(), e.getMessage()
                        + "\n\nThe edits are kept in the window; save again or discard them."));
    }

    /** Drops a layer's pending edits and reads it again. */
    public void discardEdits(String layerId) {
        DbLayer d = layers.get(layerId);
        if (d == null) {
            return;
        }
        d.changed.clear();
        d.changedValues.clear();
        d.added.clear();
        readIfNeeded(d, true);
    }

    private List<String> columns(DbLayer d) {
        List<String> out = new ArrayList<>();
        for (PostgisTable.Column c : d.table.columns()) {
            out.add(c.name());
        }
        return out;
    }

    /* New features are shown with the ids new-1, new-2, ... so they can be selected and edited. */
    private static List<Feature> displayedAdded(DbLayer d) {
        List<Feature> out = new ArrayList<>();
        for (int i = 0; i < d.added.size(); i++) {
            Feature f = d.added.get(i);
            out.add(new Feature("new-" + (i + 1), f.geometry(), f.properties()));
        }
        return out;
    }

    private void replaceShown(DbLayer d, Feature old, Feature edited) {
        List<Feature> features = new ArrayList<>(d.state.layer().features());
        int at = features.indexOf(old);
        if (at >= 0) {
            features.set(at, edited);
            d.state.replaceLayer(new Layer(d.id, d.state.title(), features));
        }
        ExplorerModel.Pick sel = model.selectedProperty().get();
        if (sel != null && sel.layerId().equals(d.id) && sel.feature().equals(old)) {
            model.selectedProperty().set(new ExplorerModel.Pick(d.id, sel.layerTitle(), edited));
        }
        model.picked().replaceAll(p -> p.layerId().equals(d.id) && p.feature().equals(old)
                ? new ExplorerModel.Pick(d.id, p.layerTitle(), edited) : p);
        view.mapPane().overlay().invalidateContent();
    }

    // ------------------------------------------------------------------ save a layer to a table

    /** Asks where, then saves a layer's features (or those selected) to a table, in the background. */
    public void saveToTable(LayerState s) {
        if (s == null || s.layer() == null) {
            return;
        }
        List<Feature> selected = new ArrayList<>();
        for (ExplorerModel.Pick p : model.picked()) {
            if (p.layerId().equals(s.id())) {
                selected.add(p.feature());
            }
        }
        PostgisDialog.saveTarget(window(), lastConnection, s.title(), UserLayers.slug(s.title()).replace('-', '_'),
                selected.size()).ifPresent(target -> {
                    remember(target.connection(), target.password());
                    lastConnection = target.connection();
                    save(s.layer(), target.selectionOnly() ? selected : s.layer().features(), target);
                });
    }

    /** Saves features to a table in one transaction (background); the outcome goes to the status bar. */
    public BackgroundTasks.Job<Long> save(Layer layer, List<Feature> features, PostgisDialog.SaveTarget target) {
        PostgisSpec spec = target.connection();
        String where = spec.label() + "/" + target.schema() + "." + target.table();
        view.status("Saving " + features.size() + " features of " + layer.title() + " to " + where + "…");
        return view.tasks().submit("save " + layer.title() + " to " + where, job -> {
            try (PostgisConnection c = PostgisConnection.open(spec, password(spec))) {
                return new PostgisLayerWriter().write(c, target.schema(), target.table(), features, target.mode());
            }
        }, n -> view.status(String.format(Locale.ROOT, "Saved %,d features of %s to %s", n, layer.title(), where)),
                e -> errorReporter.accept("Cannot save " + layer.title(), e.getMessage()
                        + "\n\nNothing was written: the table is as it was."));
    }

    // ------------------------------------------------------------------ remove

    /** Removes a database layer (and stops its reads and, when no other layer needs it, its listener). */
    public void remove(String layerId) {
        DbLayer d = layers.remove(layerId);
        if (d == null) {
            return;
        }
        d.generation++;
        if (d.running != null) {
            d.running.cancel();
        }
        if (d.live) {
            d.live = false;
            setLive(d, false);
        }
        d.lane.submit("close " + d.spec.label(), job -> {
            if (d.connection != null) {
                d.connection.close();
            }
            return null;
        }, x -> { }, x -> { });
        ExplorerModel.Pick sel = model.selectedProperty().get();
        if (sel != null && sel.layerId().equals(layerId)) {
            model.selectedProperty().set(null);
        }
        model.picked().removeIf(p -> p.layerId().equals(layerId));
        model.layers().remove(d.state);
        styles.setLayerStyle(layerId, null);
        view.status("Removed " + d.state.title());
        onChanged.run();
    }

    @Override
    public void removeAll() {
        for (String id : new ArrayList<>(layers.keySet())) {
            remove(id);
        }
    }

    // ------------------------------------------------------------------ workspaces

    @Override
    public Workspace.LayerEntry capture(LayerState layer) {
        DbLayer d = layers.get(layer.id());
        if (d == null) {
            return null;
        }
        LayerStyle st = styles.layerStyle(d.id);
        return new Workspace.LayerEntry(d.id, null, layer.title(), layer.isVisible(),
                Math.max(0, Math.min(1, layer.opacityProperty().get())), st == null ? null : st.toWorkspace(),
                d.spec.toUri());
    }

    @Override
    public void reopen(Workspace.LayerEntry entry) {
        PostgisSpec spec;
        try {
            spec = PostgisSpec.parse(entry.database());
        } catch (IllegalArgumentException e) {
            view.status("Skipped the layer " + entry.id() + ": " + e.getMessage());
            return;
        }
        open(spec, new UserLayers.Preset(entry.id(), entry.title(), LayerStyle.of(entry.style()), entry.visible(),
                entry.opacity()), false);
    }

    // ------------------------------------------------------------------ context menu

    /** The layer panel's menu: these layers' own items, the file layers' items plus "Save to PostGIS table…". */
    public List<MenuItem> contextItems(LayerState s) {
        if (s == null) {
            return List.of();
        }
        MenuItem saveTo = new MenuItem("Save to PostGIS Table…");
        saveTo.setId("pgSaveToTableItem");
        saveTo.setOnAction(e -> saveToTable(s));
        DbLayer d = layers.get(s.id());
        if (d == null) {
            List<MenuItem> items = new ArrayList<>(users.contextItems(s));
            if (!items.isEmpty()) {
                items.add(items.size() - 2, saveTo);
            }
            return items;
        }
        String id = d.id;
        MenuItem refresh = new MenuItem("Refresh");
        refresh.setId("pgRefreshItem");
        refresh.setOnAction(e -> refresh(id));
        CheckMenuItem live = new CheckMenuItem("Live Updates");
        live.setId("pgLiveItem");
        live.setSelected(d.live);
        live.setDisable(d.table.view());
        live.setOnAction(e -> setLive(id, live.isSelected()));
        MenuItem edit = new MenuItem("Edit Attributes of the Selected Feature…");
        edit.setId("pgEditItem");
        edit.setOnAction(e -> editSelected(id));
        MenuItem add = new MenuItem("Add a Point at the Map Centre…");
        add.setId("pgAddPointItem");
        add.setOnAction(e -> addPointAtCentre(id));
        boolean editable = d.table.isEditable();
        edit.setDisable(!editable);
        add.setDisable(!editable || !d.table.geometryType().toUpperCase(Locale.ROOT).matches("POINT|GEOMETRY"));
        MenuItem save = new MenuItem("Save Edits (" + d.pending() + ")");
        save.setId("pgSaveEditsItem");
        save.setDisable(d.pending() == 0);
        save.setOnAction(e -> saveEdits(id));
        MenuItem discard = new MenuItem("Discard Edits");
        discard.setDisable(d.pending() == 0);
        discard.setOnAction(e -> discardEdits(id));
        MenuItem style = new MenuItem("Style…");
        style.setOnAction(e -> LayerStyleDialog.edit(window(), s, styles.layerStyle(id), styles.icons())
                .ifPresent(r -> {
                    styles.setLayerStyle(id, r.style());
                    s.opacityProperty().set(r.opacity());
                    view.mapPane().overlay().invalidateContent();
                    view.layerList().refresh();
                    onChanged.run();
                }));
        MenuItem report = new MenuItem("Read Report…");
        report.setDisable(d.lastRead == null || d.lastRead.problems().isEmpty());
        report.setOnAction(e -> ProblemsDialog.show(window(), d.lastRead));
        MenuItem remove = new MenuItem("Remove");
        remove.setId("pgRemoveItem");
        remove.setOnAction(e -> remove(id));
        return List.of(new SeparatorMenuItem(), refresh, live, new SeparatorMenuItem(), edit, add, save, discard,
                new SeparatorMenuItem(), style, saveTo, report, new SeparatorMenuItem(), remove);
    }

    // ------------------------------------------------------------------ passwords

    /* Kept for the session, by connection (never written anywhere); a copy is handed out, as open clears it. */
    private void remember(PostgisSpec spec, char[] password) {
        if (password != null) {
            synchronized (passwords) {
                passwords.put(key(spec), password.clone());
            }
        }
    }

    private void forget(PostgisSpec spec) {
        synchronized (passwords) {
            passwords.remove(key(spec));
        }
    }

    private char[] password(PostgisSpec spec) {
        synchronized (passwords) {
            char[] p = passwords.get(key(spec));
            return p == null ? null : Arrays.copyOf(p, p.length);
        }
    }

    private static String key(PostgisSpec spec) {
        return spec.withoutTable().label();
    }

    private String uniqueId(String wanted) {
        return model.freeLayerId(wanted, layers.keySet());
    }

    private Window window() {
        return view.owner();
    }
}

package org.claimscape.ui.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import javafx.util.Duration;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonReadResult;
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
import org.claimscape.ui.text.UiDialogs;
import org.claimscape.ui.text.UiText;
import org.locationtech.jts.geom.Envelope;

/**
 * Layers from PostGIS tables, live: each reads only what the view needs (a box around it, simplified by the
 * server at small scales) and reads again when the view leaves what it read, on its own background lane, keeping
 * what it shows until the new read is complete; a failed read (server gone, connection dropped) leaves the layer
 * as it was and says why. Refresh reads again; live updates ({@link PostgisLiveUpdates}) read again when another
 * session commits a change. Edits ({@link PostgisEdits}) are kept as pending until saved, in one transaction. Any
 * layer can be saved to a table. The layers sit with the user's files under {@value UserLayers#GROUP}, styled,
 * picked and filtered by date like them; their menu is {@link PostgisLayerMenu}.
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
    private final Map<String, PostgisLayer> layers = new LinkedHashMap<>();
    private final Map<String, char[]> passwords = new HashMap<>();
    private final PauseTransition settle = new PauseTransition(Duration.millis(150));
    private final PostgisLiveUpdates live;
    private final PostgisEdits edits;
    private final PostgisLayerMenu menu;
    private PostgisSpec lastConnection;
    private Consumer<LayerState> onAdded = s -> { };
    private Runnable onChanged = () -> { };
    private Function<PostgisSpec, Optional<char[]>> passwordPrompt;
    private BiConsumer<String, String> errorReporter;

    /**
     * The features of one read, made into a layer off the FX thread; both null when the read planned would give
     * what is shown already (a thinned table zoomed in a level, with the same grid).
     */
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
        this.live = new PostgisLiveUpdates(this);
        this.edits = new PostgisEdits(this);
        this.menu = new PostgisLayerMenu(this, users);
        passwordPrompt = spec -> PostgisDialog.askPassword(window(), spec, UiText.get("pg.password.why"));
        errorReporter = (title, message) -> {
            Alert a = UiDialogs.alert(Alert.AlertType.ERROR, window(), title, message);
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
        PostgisLayer d = layers.get(layerId);
        return d == null ? null : d.table;
    }

    /** The problems of a layer's last read (repaired geometries, a lost connection), or null. */
    public GeoJsonReadResult lastRead(String layerId) {
        PostgisLayer d = layers.get(layerId);
        return d == null ? null : d.lastRead;
    }

    /** Edits of a layer not saved yet. */
    public int pendingEdits(String layerId) {
        PostgisLayer d = layers.get(layerId);
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
        view.status(UiText.get("pg.connecting", spec.label()));
        view.tasks().submit(UiText.get("task.open", spec.label()), job -> {
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
                view.status(UiText.get("pg.not-opened", opened.passwordProblem().getMessage()));
            }
        }, e -> errorReporter.accept(UiText.get("data.cannot-open", spec.label()),
                PostgisDialog.explain(e)));
    }

    private void added(PostgisSpec spec, Opened opened, UserLayers.Preset preset, boolean follow) {
        PostgisTable t = opened.table();
        String title = preset != null && preset.title() != null ? preset.title() : t.name();
        String id = model.freeLayerId(preset != null && preset.id() != null ? preset.id()
                : "pg-" + UserLayers.slug(title), layers.keySet());
        PostgisLayer d = new PostgisLayer(id, spec.withTable(t.qualifiedName(), spec.geometryColumn()),
                view.tasks().lane());
        d.table = t;
        d.extent = opened.extent();
        d.lane.submit(UiText.get("pg.task.keep", d.spec.label()), job -> {
            d.connection = opened.connection();
            return null;
        }, x -> { }, x -> { });
        boolean visible = preset == null || preset.visible();
        String about = d.spec.label() + "\n" + PostgisDialog.summary(t) + (t.isEditable() ? "" : "\n"
                + UiText.get("pg.read-only", UiText.get(t.view() ? "pg.read-only.view" : "pg.read-only.no-key")));
        LayerCatalog.Entry entry = new LayerCatalog.Entry(id, title, UserLayers.GROUP, d.spec.toUri(), visible, 0,
                LayerView.NO_MAX_ZOOM, about);
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
        view.status(UiText.get("pg.opened", d.spec.label(), PostgisDialog.summary(t)));
        if (preset == null && d.extent != null && !d.extent.isNull()) {
            view.mapPane().navigator().fit(d.extent, 40, 12, false);
        }
        readIfNeeded(d, true);
        if (follow) {
            live.set(d, true);
        }
        onAdded.accept(d.state);
        onChanged.run();
    }

    // ------------------------------------------------------------------ reading by the view

    private void readWhatTheViewNeeds(boolean force) {
        for (PostgisLayer d : layers.values()) {
            if (d.state.isVisible()) {
                readIfNeeded(d, force);
            }
        }
    }

    /** Reads the layer again for the current view, unless what it has covers the view at the detail needed. */
    public void refresh(String layerId) {
        PostgisLayer d = layers.get(layerId);
        if (d != null) {
            readIfNeeded(d, true);
        }
    }

    void readIfNeeded(PostgisLayer d, boolean force) {
        MapViewport v = view.mapPane().navigator().viewport();
        Envelope shown = v.bounds();
        if (!force && d.window != null && d.window.serves(shown, v.zoom())) {
            return;
        }
        double zoom = v.zoom();
        Envelope extent = d.extent;
        ReadWindow had = force ? null : d.window;
        int generation = ++d.generation;
        if (d.running != null) {
            d.running.cancel();
        }
        /* Pending edits are laid over what is read, so a read never hides them. */
        Map<String, Feature> changed = new LinkedHashMap<>(d.changed);
        List<Feature> added = d.displayedAdded();
        PostgisTable table = d.table;
        d.running = d.lane.submit(UiText.get("pg.task.read", d.title(), d.spec.label()), job -> {
            PostgisConnection c = connection(d);
            ReadWindow want;
            try {
                want = ReadWindow.plan(c, table, shown, zoom, extent);
            } catch (PostgisException e) {
                /* The table gone or the connection dropped: the read below fails too, and says so as reads do. */
                want = ReadWindow.forView(shown, zoom, extent, ReadWindow.holdsPoints(table));
            }
            if (want.readsTheSameAs(had)) {
                return new Fetched(null, null, want);
            }
            GeoJsonReadResult r = want.reader(new PostgisLayerReader()).withRowKeys(true)
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

    private void show(PostgisLayer d, Fetched f) {
        if (f.read() == null) {
            d.window = f.window();
            return;
        }
        d.lastRead = new GeoJsonReadResult(f.read().file(), List.of(), f.read().problems(), f.read().isComplete(),
                f.read().featuresSeen());
        if (f.layer() == null) {
            String why = f.read().errors().isEmpty() ? UiText.get("pg.read.stopped")
                    : f.read().errors().get(0).message();
            view.status(UiText.get("pg.read.failed", d.title(), why));
            return;
        }
        d.state.replaceLayer(f.layer());
        edits.followSelection(d, f.layer());
        d.window = f.window();
        if (!d.styled) {
            styles.setLayerStyle(d.id, AutomaticStyle.forLayer(f.layer(), otherStyles(d.id)));
            d.styled = true;
            view.layerList().refresh();
        }
        view.mapPane().overlay().invalidateContent();
        long repaired = f.read().problems().stream().filter(p -> p.kind() == GeoJsonProblem.Kind.REPAIRED).count();
        boolean truncated = f.read().problems().stream().anyMatch(p -> p.kind() == GeoJsonProblem.Kind.TOO_LARGE);
        view.status(UiText.get(d.window.whole() ? "pg.read.whole" : "pg.read.around", d.title(), f.layer().size())
                + (d.window.isThinned() ? UiText.get("pg.read.thinned", f.read().featuresSeen()) : "")
                + (repaired > 0 ? UiText.get("pg.read.repaired", repaired) : "")
                + (truncated ? UiText.get("pg.read.truncated", ROW_LIMIT) : "")
                + (d.pending() > 0 ? UiText.get("pg.read.pending", d.pending()) : ""));
    }

    /* Runs on the layer's lane. */
    PostgisConnection connection(PostgisLayer d) throws PostgisException {
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

    // ------------------------------------------------------------------ live updates and edits

    /** Follows (or stops following) other sessions' changes of a layer's table. */
    public void setLive(String layerId, boolean on) {
        PostgisLayer d = layers.get(layerId);
        if (d != null) {
            live.set(d, on);
        }
    }

    /** Edits the attributes of the selected feature of a layer (kept as pending until saved). */
    public void editSelected(String layerId) {
        edits.editSelected(layerId);
    }

    /**
     * Changes values of a feature of a layer (pending until {@link #saveEdits}); shown at once.
     *
     * @param values new values by column (null clears)
     */
    public void edit(String layerId, Feature feature, Map<String, Object> values) {
        edits.edit(layerId, feature, values);
    }

    /** Adds a point at the map's centre, with attributes asked for; pending until saved. */
    public void addPointAtCentre(String layerId) {
        edits.addPointAtCentre(layerId);
    }

    /** Adds a point feature (pending until saved). */
    public void addPoint(String layerId, double lon, double lat, Map<String, Object> values) {
        edits.addPoint(layerId, lon, lat, values);
    }

    /** Saves a layer's pending edits in one transaction, then reads the layer again. */
    public BackgroundTasks.Job<PostgisLayerWriter.Saved> saveEdits(String layerId) {
        return edits.saveEdits(layerId);
    }

    /** Drops a layer's pending edits and reads it again. */
    public void discardEdits(String layerId) {
        edits.discardEdits(layerId);
    }

    /** Asks where, then saves a layer's features (or those selected) to a table, in the background. */
    public void saveToTable(LayerState s) {
        edits.saveToTable(s);
    }

    /** Saves features to a table in one transaction (background); the outcome goes to the status bar. */
    public BackgroundTasks.Job<Long> save(Layer layer, List<Feature> features, PostgisDialog.SaveTarget target) {
        return edits.save(layer, features, target);
    }

    // ------------------------------------------------------------------ remove

    /** Removes a database layer (and stops its reads and, when no other layer needs it, its listener). */
    public void remove(String layerId) {
        PostgisLayer d = layers.remove(layerId);
        if (d == null) {
            return;
        }
        d.generation++;
        if (d.running != null) {
            d.running.cancel();
        }
        if (d.live) {
            live.set(d, false);
        }
        d.lane.submit(UiText.get("pg.task.close", d.spec.label()), job -> {
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
        view.status(UiText.get("data.removed", d.title()));
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
        PostgisLayer d = layers.get(layer.id());
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
            view.status(UiText.get("pg.skipped", entry.title() != null ? entry.title() : entry.id(), e.getMessage()));
            return;
        }
        open(spec, new UserLayers.Preset(entry.id(), entry.title(), LayerStyle.of(entry.style()), entry.visible(),
                entry.opacity()), false);
    }

    // ------------------------------------------------------------------ context menu

    /** The layer panel's menu: these layers' own items, the file layers' items plus "Save to PostGIS table…". */
    public List<MenuItem> contextItems(LayerState s) {
        return menu.items(s);
    }

    // ------------------------------------------------------------------ for the parts in this package

    ExplorerContext view() {
        return view;
    }

    PostgisLayer layer(String layerId) {
        return layers.get(layerId);
    }

    Collection<PostgisLayer> all() {
        return layers.values();
    }

    void reportError(String title, String message) {
        errorReporter.accept(title, message);
    }

    /** Tells the window's listeners (workspace autosave, undo) that a layer changed. */
    void changed() {
        onChanged.run();
    }

    PostgisSpec lastConnection() {
        return lastConnection;
    }

    /** Keeps a connection (and its password, when given) for the next dialog and the session. */
    void connectedTo(PostgisSpec connection, char[] password) {
        remember(connection, password);
        lastConnection = connection;
    }

    Window window() {
        return view.owner();
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

    /** The session's password for a connection (a copy), or null for ~/.pgpass. Any thread. */
    char[] password(PostgisSpec spec) {
        synchronized (passwords) {
            char[] p = passwords.get(key(spec));
            return p == null ? null : Arrays.copyOf(p, p.length);
        }
    }

    /** One key per server, database and user: passwords and listeners are shared by its tables. */
    static String key(PostgisSpec spec) {
        return spec.withoutTable().label();
    }
}

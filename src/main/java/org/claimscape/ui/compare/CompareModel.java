package org.claimscape.ui.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.claimscape.analysis.ClaimComparison;
import org.claimscape.analysis.ClaimComparisonOp;
import org.claimscape.analysis.ClaimDifference;
import org.claimscape.analysis.Claims;
import org.claimscape.analysis.MaritimeChange;
import org.claimscape.analysis.MaritimeZonesOp;
import org.claimscape.export.ComparisonReport;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerIds;
import org.claimscape.render.LayerView;
import org.claimscape.render.LegendEntry;
import org.claimscape.render.RenderRequest;
import org.claimscape.render.RenderText;
import org.claimscape.ui.explorer.BackgroundTasks;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.text.UiText;

/**
 * Compare mode without its controls: which two claims, at which date, how they are shown, and the results — the
 * land comparison with its difference shapes and, on request, the sea that changes hands — with the texts the
 * panel shows. The panel and the map overlay only bind to it, so it is tested without a window.
 *
 * <p>Land comparisons run one at a time on a lane of the window's {@link BackgroundTasks}, a newer choice making
 * the queued ones stale; the maritime computation (seconds) can be cancelled. Both are cached per
 * {@link CompareKey}. Read and changed on the thread the tasks deliver on (the FX thread in the window).
 */
public final class CompareModel {

    /** How the two claims are shown. */
    public enum Mode { SWIPE, SIDE_BY_SIDE }

    /** What a comparison depends on: the two claims and the date. */
    public record CompareKey(String claimA, String claimB, LocalDate date) {
    }

    /** The land comparison: the table's figures and the shapes of the difference overlay. */
    public record LandResult(ClaimComparison comparison, ClaimDifference difference) {
    }

    /* One claim's features at a date, as drawn on its side of the map. */
    private record ClaimAt(String claim, LocalDate date) {
    }

    /* The analyses, behind a seam so that tests can hold them at a gate. */
    interface Analyses {
        LandResult land(CompareKey key);

        MaritimeChange sea(CompareKey key, BooleanSupplier cancelled);
    }

    private static final Logger LOG = Logger.getLogger(CompareModel.class.getName());
    private static final int CACHED = 32;

    private final ExplorerModel explorer;
    private final BackgroundTasks tasks;
    private final BackgroundTasks.Lane landLane;
    private final Claims claims;
    private final Analyses analyses;
    private final boolean hasSea;
    private final List<ClaimChoice> choices;

    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final StringProperty claimA = new SimpleStringProperty(this, "claimA");
    private final StringProperty claimB = new SimpleStringProperty(this, "claimB");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.SWIPE);
    private final BooleanProperty differenceShown = new SimpleBooleanProperty(this, "differenceShown", true);
    private final BooleanProperty seaWanted = new SimpleBooleanProperty(this, "seaWanted");
    private final DoubleProperty split = new SimpleDoubleProperty(this, "split", 0.5);

    private final ReadOnlyObjectWrapper<LandResult> land = new ReadOnlyObjectWrapper<>(this, "land");
    private final ReadOnlyObjectWrapper<MaritimeChange> sea = new ReadOnlyObjectWrapper<>(this, "sea");
    private final ReadOnlyBooleanWrapper landComputing = new ReadOnlyBooleanWrapper(this, "landComputing");
    private final ReadOnlyBooleanWrapper seaComputing = new ReadOnlyBooleanWrapper(this, "seaComputing");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper sharesText = new ReadOnlyStringWrapper(this, "sharesText", "");
    private final ReadOnlyStringWrapper seaText = new ReadOnlyStringWrapper(this, "seaText", "");
    /* How each text is worded, kept so that a change of language words it again. */
    private final Map<ReadOnlyStringWrapper, Supplier<String>> wording = new HashMap<>();

    /* Written by the lane and the pool, read on the delivering thread. */
    private final Map<CompareKey, LandResult> landCache = lru();
    private final Map<CompareKey, MaritimeChange> seaCache = lru();
    private final Map<ClaimAt, Layer> claimLayers = lru();
    /* The key of the land result shown or on its way; a change of mode or of active does not change it. */
    private CompareKey landKey;
    private volatile long landVersion;
    private long seaVersion;
    private BackgroundTasks.Job<MaritimeChange> seaJob;
    private CompareKey seaJobKey;
    private boolean settingClaims;

    /**
     * @param explorer the window's model: its layers, styles, viewpoint and date
     * @param tasks    where the comparisons run
     */
    public CompareModel(ExplorerModel explorer, BackgroundTasks tasks) {
        this(explorer, tasks, null);
    }

    /* With analyses == null, the real ones on the explorer's claims, islands and land. */
    CompareModel(ExplorerModel explorer, BackgroundTasks tasks, Analyses analyses) {
        this.explorer = explorer;
        this.tasks = tasks;
        this.landLane = tasks.lane();
        Map<String, Layer> layers = explorer.data().layers();
        Layer claimsLayer = layers.get(LayerIds.CLAIMS);
        this.claims = claimsLayer == null ? null : Claims.of(claimsLayer);
        this.hasSea = claims != null && layers.get(LayerIds.LAND) != null;
        this.analyses = analyses != null ? analyses : analysesOf(layers);
        this.choices = claims == null ? List.of() : ClaimChoice.all(claims, this::legendTitle);
        say(seaText, () -> UiText.get("compare.sea.prompt"));
        setClaims("jp-claim", "ru-admin");
        claimA.addListener(o -> claimsChanged());
        claimB.addListener(o -> claimsChanged());
        active.addListener((o, was, on) -> refresh());
        explorer.dateProperty().addListener(o -> refresh());
        seaWanted.addListener((o, was, on) -> {
            if (on) {
                computeSea();
            } else {
                stopSea();
                sea.set(null);
                say(seaText, () -> UiText.get("compare.sea.prompt"));
            }
        });
    }

    /* Sets a text from its wording, and keeps the wording. */
    private void say(ReadOnlyStringWrapper text, Supplier<String> words) {
        wording.put(text, words);
        text.set(words.get());
    }

    /** Words the heading and the figures again, in the interface language now. FX thread. */
    public void relabel() {
        wording.forEach((text, words) -> text.set(words.get()));
    }

    /* The real analyses on the layers' claims, islands and land. */
    static Analyses analysesOf(Map<String, Layer> layers) {
        Layer claimsLayer = layers.get(LayerIds.CLAIMS);
        Claims claims = claimsLayer == null ? null : Claims.of(claimsLayer);
        Layer islands = layers.get(LayerIds.ISLANDS);
        Layer land = layers.get(LayerIds.LAND);
        /* Built on first use: their equal-area frame (Apache SIS) costs a few hundred ms at start-up otherwise. */
        Supplier<ClaimComparisonOp> comparisonOp = claims == null || islands == null ? () -> null
                : lazily(() -> new ClaimComparisonOp(claims, islands));
        Supplier<MaritimeZonesOp> maritimeOp = claims == null || land == null ? () -> null
                : lazily(() -> new MaritimeZonesOp(land, claims, MaritimeZonesOp.Settings.DEFAULT));
        return new Analyses() {
            @Override
            public LandResult land(CompareKey k) {
                long t0 = System.nanoTime();
                ClaimComparisonOp op = comparisonOp.get();
                LandResult r = new LandResult(op.compare(k.claimA(), k.claimB(), k.date()),
                        op.difference(k.claimA(), k.claimB(), k.date()));
                LOG.fine(() -> String.format(Locale.ROOT, "compare %s: %.0f ms", k, (System.nanoTime() - t0) / 1e6));
                return r;
            }

            @Override
            public MaritimeChange sea(CompareKey k, BooleanSupplier cancelled) {
                return maritimeOp.get().change(k.claimA(), k.claimB(), k.date(), cancelled);
            }
        };
    }

    /* Thread-safe memo: the ops are first used on a background thread. */
    private static <T> Supplier<T> lazily(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    /* A small least-recently-used map: the time slider would otherwise keep every date's shapes. */
    private static <K, V> Map<K, V> lru() {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > CACHED;
            }
        });
    }

    // ------------------------------------------------------------------ state

    /** Whether compare mode is on (the panel shown, the map split). */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Whether the data has claims to compare. */
    public boolean isAvailable() {
        return claims != null;
    }

    /** Claim A's id (the claims layer's {@code claim} property), drawn left of the divider; null when none. */
    public StringProperty claimAProperty() {
        return claimA;
    }

    public StringProperty claimBProperty() {
        return claimB;
    }

    /** Chooses both claims at once: one comparison, not one per claim. */
    public void setClaims(String a, String b) {
        settingClaims = true;
        try {
            claimA.set(a);
            claimB.set(b);
        } finally {
            settingClaims = false;
        }
        claimsChanged();
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** Whether the difference overlay (and its legend) is drawn on the map. */
    public BooleanProperty differenceShownProperty() {
        return differenceShown;
    }

    /** Whether the sea that changes hands is computed and shown. */
    public BooleanProperty seaWantedProperty() {
        return seaWanted;
    }

    /** Where the swipe divider sits, 0 (left edge) to 1 (right edge) of the map. */
    public DoubleProperty splitProperty() {
        return split;
    }

    /** The date the claims are compared at: the map's date, else today. */
    public LocalDate compareDate() {
        LocalDate d = explorer.dateProperty().get();
        return d == null ? LocalDate.now() : d;
    }

    /** The two claims and the compare date, null while a claim is not chosen. */
    public CompareKey key() {
        return claimA.get() == null || claimB.get() == null ? null
                : new CompareKey(claimA.get(), claimB.get(), compareDate());
    }

    /** The claims offered, in the claims layer's order. */
    public List<ClaimChoice> choices() {
        return choices;
    }

    /** The choice with this id, null when there is none. */
    public ClaimChoice choice(String id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /** "Title (party at the compare date)", for the labels on the map; null for an unknown claim. */
    public String label(String claimId) {
        ClaimChoice c = choice(claimId);
        if (c == null) {
            return null;
        }
        String party = ClaimChoice.partyAt(claims, claimId, compareDate());
        return party.isEmpty() ? name(c) : name(c) + " (" + party + ")";
    }

    /**
     * A claim's name in the interface language: the map's word for a known claim in Japanese or Russian, else
     * the claim's own title.
     */
    public static String name(ClaimChoice c) {
        Locale l = UiText.locale();
        return !l.getLanguage().equals("en") && RenderText.has("claim." + c.id())
                ? RenderText.get(l, "claim." + c.id()) : c.title();
    }

    /** The window's model (viewpoint, layers), for what is drawn and named. */
    public ExplorerModel explorer() {
        return explorer;
    }

    // ------------------------------------------------------------------ results

    /** The land comparison shown (null until computed). */
    public ReadOnlyObjectProperty<LandResult> landProperty() {
        return land.getReadOnlyProperty();
    }

    /** The land comparison's table, null until computed. */
    public ClaimComparison comparison() {
        return land.get() == null ? null : land.get().comparison();
    }

    /** The maritime figures shown (null until computed, or when the sea is off). */
    public ReadOnlyObjectProperty<MaritimeChange> seaProperty() {
        return sea.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty landComputingProperty() {
        return landComputing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty seaComputingProperty() {
        return seaComputing.getReadOnlyProperty();
    }

    /** "A: … · B: … · as of …": what the table compares. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The land figures in words (or "Computing…", or why it failed). */
    public ReadOnlyStringProperty sharesTextProperty() {
        return sharesText.getReadOnlyProperty();
    }

    /** The sea figures in words (or how to get them, or where their computation stands). */
    public ReadOnlyStringProperty seaTextProperty() {
        return seaText.getReadOnlyProperty();
    }

    /**
     * Writes the table shown (and the sea figures, when computed for the same claims and date) as the comparison
     * report's CSV, names under the map's viewpoint: what {@code compare --format csv} writes for the same claims,
     * date and viewpoint.
     */
    public void exportCsv(Path file) throws IOException {
        ClaimComparison c = comparison();
        if (c == null) {
            throw new IOException("nothing to export: no comparison yet");
        }
        MaritimeChange m = sea.get();
        ComparisonReport.of(c, m != null && sameKey(m, c) ? m : null).describing(claims)
                .inViewpoint(explorer.viewpointProperty().get()).write(file, ComparisonReport.Format.CSV);
    }

    private static boolean sameKey(MaritimeChange m, ClaimComparison c) {
        return m.claimA().equals(c.claimA()) && m.claimB().equals(c.claimB()) && Objects.equals(m.date(), c.date());
    }

    // ------------------------------------------------------------------ what the maps draw

    /** The request with the claims layer reduced to one claim's features valid at the compare date. */
    public RenderRequest withClaim(RenderRequest r, String claim) {
        List<LayerView> views = new ArrayList<>();
        for (LayerView v : r.layers()) {
            if (v.layer().id().equals(LayerIds.CLAIMS)) {
                views.add(new LayerView(claimLayer(v.layer(), claim, compareDate()), v.group(), true,
                        v.opacity() > 0 ? v.opacity() : 1, 0, LayerView.NO_MAX_ZOOM));
            } else {
                views.add(v);
            }
        }
        return r.withLayers(views);
    }

    private Layer claimLayer(Layer claimsLayer, String claim, LocalDate date) {
        return claimLayers.computeIfAbsent(new ClaimAt(claim, date), k -> {
            List<Feature> fs = claimsLayer.features().stream()
                    .filter(f -> claim.equals(f.string("claim")) && f.isValidAt(date)).toList();
            return new Layer(claimsLayer.id(), claimsLayer.title(), fs);
        });
    }

    /* The map legend's wording for a claim ("Administered by Russia"), null when it has none. */
    private String legendTitle(String claimId) {
        Layer claimsLayer = explorer.data().layers().get(LayerIds.CLAIMS);
        List<Feature> fs = new ArrayList<>(claims.features(claimId));
        List<LegendEntry> entries = explorer.styles().legend(List.of(new LayerView(
                new Layer(claimsLayer.id(), claimsLayer.title(), fs), "Claims", true, 1.0)),
                explorer.viewpointProperty().get(), null);
        return entries.isEmpty() ? null : entries.get(0).label();
    }

    // ------------------------------------------------------------------ computing

    private boolean isOn() {
        return active.get() && key() != null;
    }

    private void claimsChanged() {
        if (!settingClaims) {
            refresh();
        }
    }

    /* Compares again when what the comparison depends on changed while compare mode is on. */
    private void refresh() {
        CompareKey key = key();
        if (!isOn()) {
            return;
        }
        if (key.equals(landKey)) {
            if (seaWanted.get() && !landComputing.get()) {
                /* The sea was ticked while compare mode was off. */
                computeSea();
            }
            return;
        }
        landKey = key;
        long v = ++landVersion;
        say(heading, () -> UiText.get("compare.heading", label(key.claimA()), label(key.claimB()),
                UiText.date(key.date())));
        LandResult cached = landCache.get(key);
        if (cached != null) {
            publishLand(cached);
            return;
        }
        landComputing.set(true);
        say(sharesText, () -> UiText.get("compare.computing"));
        landLane.submit(UiText.get("task.compare", key.claimA(), key.claimB()), job -> {
            if (v != landVersion) {
                /* A newer choice is queued behind this one: skip the work. */
                return null;
            }
            LandResult r = analyses.land(key);
            landCache.put(key, r);
            return r;
        }, r -> {
            if (v == landVersion && r != null) {
                publishLand(r);
            }
        }, e -> {
            if (v == landVersion) {
                landKey = null;
                landComputing.set(false);
                say(sharesText, () -> UiText.get("compare.failed", e.getMessage()));
            }
        });
    }

    private void publishLand(LandResult r) {
        landComputing.set(false);
        land.set(r);
        say(sharesText, () -> sharesText(r.comparison()));
        if (seaWanted.get()) {
            computeSea();
        } else {
            say(seaText, () -> UiText.get("compare.sea.prompt"));
        }
    }

    private void computeSea() {
        CompareKey key = key();
        if (seaJob != null && Objects.equals(key, seaJobKey)) {
            /* Already on its way (the sea was ticked before the land came). */
            return;
        }
        stopSea();
        if (!isOn() || !hasSea) {
            return;
        }
        MaritimeChange cached = seaCache.get(key);
        if (cached != null) {
            publishSea(cached);
            return;
        }
        sea.set(null);
        say(seaText, () -> UiText.get("compare.sea.computing"));
        seaComputing.set(true);
        long v = seaVersion;
        seaJobKey = key;
        seaJob = tasks.submit(UiText.get("task.sea"), job -> {
            MaritimeChange m = analyses.sea(key, job::isCancelled);
            seaCache.put(key, m);
            return m;
        }, m -> {
            if (v == seaVersion) {
                publishSea(m);
            }
        }, e -> {
            if (v == seaVersion) {
                seaJob = null;
                seaComputing.set(false);
                say(seaText, () -> UiText.get("compare.sea.failed", e.getMessage()));
            }
        });
    }

    private void publishSea(MaritimeChange m) {
        seaJob = null;
        seaComputing.set(false);
        sea.set(m);
        say(seaText, () -> UiText.get("compare.sea.figures", km2(m.zoneToJapanKm2()), km2(m.zoneToRussiaKm2()),
                km2(m.territorialToJapanKm2()), km2(m.territorialToRussiaKm2())));
    }

    /** Stops the sea computation and turns the sea off (the panel's Cancel button). */
    public void cancelSea() {
        stopSea();
        seaWanted.set(false);
        say(seaText, () -> UiText.get("compare.sea.cancelled"));
    }

    /* Whatever the job still delivers is dropped: its version is no longer the current one. */
    private void stopSea() {
        seaVersion++;
        if (seaJob != null) {
            seaJob.cancel();
            seaJob = null;
        }
        seaComputing.set(false);
    }

    private static String sharesText(ClaimComparison c) {
        ClaimComparison.Row t = c.total();
        StringBuilder sb = new StringBuilder();
        sb.append(UiText.get("compare.shares", km2(t.landKm2()), km2(t.inAKm2()), pct(c.shareOfIslands(t.inAKm2())),
                km2(t.inBKm2()), pct(c.shareOfIslands(t.inBKm2())), km2(t.aOnlyKm2()),
                pct(c.shareOfIslands(t.aOnlyKm2())), km2(t.bOnlyKm2()), pct(c.shareOfIslands(t.bOnlyKm2())),
                km2(t.bothKm2()), pct(c.shareOfIslands(t.bothKm2()))));
        if (!Double.isNaN(c.formula1956Km2())) {
            sb.append('\n').append(UiText.get("compare.formula-1956", km2(c.formula1956Km2()),
                    pct(c.shareOfIslands(c.formula1956Km2()))));
        }
        return sb.toString();
    }

    /** km² with one decimal, as the interface language writes numbers; a dash for none. */
    static String km2(double v) {
        return Double.isNaN(v) ? "–" : UiText.number(v, 1);
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "–" : UiText.get("compare.percent", UiText.number(share * 100, 1));
    }
}

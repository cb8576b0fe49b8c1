package org.claimscape.render;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Precision;
import org.claimscape.model.Viewpoint;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The map's cartography: one {@link MapStyle} per layer and, for claims, per claim; and the legend that explains
 * what is visible. Land is coloured by who held it on the map's date ({@link SovereigntyAtDate}, {@link LandStyle});
 * the present dispute follows the viewpoint (Russian: as Russia administers it; Japanese: as Japan claims it;
 * neutral: hatched). Historical claims and boundaries are dashed. Legend texts are in the viewpoint's language
 * ({@link RenderText}). The user's own layers are drawn with the {@link LayerStyle} registered for their id
 * ({@link #setLayerStyle}). Thread-safe: the cartography is immutable; the registered layer styles are a
 * concurrent map, so a restyle shows from the next drawing on.
 */
public final class StyleCatalog {

    /*
     * Area classes, one CIELAB lightness step (>= 10 L*, ColorBrewer's smallest step between sequential classes)
     * apart, so they stay apart in greyscale and for colour-blind readers (hue only adds to the step):
     * Japan L* 97 pale yellow, land outside the region and the ground of hatched land L* 85 (told apart by the
     * hatching), sea L* 74 blue, Russia L* 61 mauve. PaletteAccessibilityTest checks every legend.
     */
    public static final Color SEA = new Color(0x93BDD3);
    public static final Color LAND = new Color(0xD8D5D1);
    public static final Color LAND_JP = new Color(0xFEF7D4);
    public static final Color LAND_RU = new Color(0xA789AF);
    /** Ground under the hatching of land both sides had a say in. */
    public static final Color LAND_DISPUTED = new Color(0xDFD3CF);
    public static final Color HATCH = new Color(0x3A, 0x2E, 0x4F, 200);
    public static final Color COAST = new Color(0x5B7A8F);
    /** National boundaries of either source: solid Natural Earth borders, dash-dot DCW country outlines. */
    private static final Color BOUNDARY_GREY = new Color(0xA09A90);
    private static final Color ISLAND_OUTLINE = new Color(0x4F2F59);

    /*
     * Line classes differ in dash pattern or width as well as hue, so they survive greyscale and colour-vision
     * deficiency: boundaries are dash-dot (the atlas convention), claims and administrations solid while in force
     * and dashed once historical; Japan's are red, Russia's blue, the treaties teal or black.
     */
    static final float[] LONG_DASH = {9f, 3f};
    static final float[] DASH = {5f, 3f};
    static final float[] DOT = {1.5f, 2.5f};
    static final float[] DASH_DOT = {9f, 3f, 2f, 3f};
    static final float[] DASH_DOT_DOT = {9f, 3f, 2f, 3f, 2f, 3f};

    private static final Color JAPAN_RED = new Color(0xC62828);
    private static final Color RUSSIA_BLUE = new Color(0x1F5FA6);
    private static final Color TREATY_TEAL = new Color(0x00806C);
    private static final Color BLACK_LINE = new Color(0x222222);
    private static final Color RENOUNCED_GREY = new Color(0x6E6E6E);

    private static final StyleCatalog DEFAULT = new StyleCatalog(IconLibrary.shared());

    /** How a known claim is drawn (dash null = solid); its wording is {@code claim.<id>} in {@link RenderText}. */
    private record ClaimLook(Color color, float width, float[] dash) {
    }

    private static final Map<String, ClaimLook> CLAIMS = new LinkedHashMap<>();

    static {
        // Japan's claim is drawn first and widest: where Russia's districts share its coast, it shows as a red edge.
        CLAIMS.put("jp-claim", new ClaimLook(JAPAN_RED, 3.2f, null));
        CLAIMS.put("jp-sovereignty", new ClaimLook(JAPAN_RED, 1.8f, LONG_DASH));
        CLAIMS.put("ru-admin", new ClaimLook(RUSSIA_BLUE, 1.8f, null));
        CLAIMS.put("declaration-1956", new ClaimLook(BLACK_LINE, 1.6f, DASH));
        CLAIMS.put("shimoda-1855", new ClaimLook(TREATY_TEAL, 2.2f, DASH_DOT));
        CLAIMS.put("st-petersburg-1875", new ClaimLook(TREATY_TEAL, 2.2f, DASH_DOT_DOT));
        CLAIMS.put("portsmouth-1905", new ClaimLook(BLACK_LINE, 2.2f, DASH_DOT));
        CLAIMS.put("soviet-occupation-1945", new ClaimLook(RUSSIA_BLUE, 1.8f, DASH));
        CLAIMS.put("jp-renounced-undetermined", new ClaimLook(RENOUNCED_GREY, 1.6f, DOT));
    }

    private static final Color[] PALETTE = {new Color(0x00838F), new Color(0x6D4C41), new Color(0x455A64),
        new Color(0xAD1457), new Color(0x558B2F)};

    /* The family colours of the point symbols: the badge colours of the bundled icons (icons/README.md). */
    private static final Map<String, Color> ACCENTS = Map.of(
            LayerIds.MILITARY, new Color(0xD55E00),
            LayerIds.PROJECTS, new Color(0x009E73),
            LayerIds.PLACES, new Color(0x333333),
            LayerIds.EVENTS, new Color(0xCC79A7));

    private final IconLibrary icons;
    private final Map<String, LayerStyle> layerStyles = new ConcurrentHashMap<>();

    public StyleCatalog(IconLibrary icons) {
        this.icons = icons;
    }

    /** Draws the layer with this id (a user layer) in the given style; null goes back to the cartography. */
    public void setLayerStyle(String layerId, LayerStyle style) {
        if (style == null) {
            layerStyles.remove(layerId);
        } else {
            layerStyles.put(layerId, style);
        }
    }

    /** The style registered for a layer, or null when the layer follows the cartography. */
    public LayerStyle layerStyle(String layerId) {
        return layerStyles.get(layerId);
    }

    /**
     * The label text of a feature: the value of the layer style's label property when one is registered, else
     * the feature's name under the viewpoint (falling back to its id).
     */
    public String labelText(String layerId, Feature f, Viewpoint viewpoint) {
        return labelText(layerId, f, viewpoint, null);
    }

    /** As {@link #labelText(String, Feature, Viewpoint)} with the names in use at the date (null = today). */
    public String labelText(String layerId, Feature f, Viewpoint viewpoint, LocalDate date) {
        LayerStyle user = layerStyles.get(layerId);
        if (user != null && user.labelProperty() != null) {
            String t = f.string(user.labelProperty());
            return t == null ? "" : t.strip();
        }
        if (LayerIds.CLAIMS.equals(layerId) && isLine(f) && RenderText.has("line." + claimId(f))) {
            // A boundary line is named by what it is ("1855 boundary (Treaty of Shimoda)"), not by its record.
            return RenderText.get(viewpoint, "line." + claimId(f));
        }
        return f.label(viewpoint, date);
    }

    private MapStyle userStyle(LayerStyle user, String layerId, Feature f, Viewpoint viewpoint) {
        boolean labelled = user.labelProperty() != null ? !labelText(layerId, f, viewpoint).isEmpty()
                : !f.names().isEmpty();
        int priority = labelled ? 1 : 0;
        int dim = f.geometry() == null ? 0 : f.geometry().getDimension();
        if (dim == 2) {
            return MapStyle.area(user.fill(), user.stroke(), user.strokeWidth()).withLabel(priority, 11f, false);
        }
        if (dim == 1) {
            return MapStyle.area(null, user.stroke(), user.strokeWidth()).withLabel(priority, 10.5f, false);
        }
        String icon = user.icon() != null ? icons.resolve(user.icon()) : icons.resolve(f.type());
        Color ring = user.stroke() != null ? user.stroke() : user.fill();
        return MapStyle.area(null, null, 0f).withIcon(icon, ring).withLabel(priority, 10.5f, false);
    }

    /** The catalog drawing with the bundled icons. */
    public static StyleCatalog standard() {
        return DEFAULT;
    }

    public IconLibrary icons() {
        return icons;
    }

    /** Whether the layer is basemap (land, lakes, land-overview, countries): the sea is painted under it. */
    public static boolean isBasemap(LayerView view) {
        String id = view.layer().id();
        return "Basemap".equalsIgnoreCase(view.group()) || LayerIds.BASEMAP.contains(id);
    }

    /**
     * Whether the layer is the basemap's land and water: a basemap layer other than the reference names, which are
     * labels only and are placed with the other labels (over the sea, over a comparison, over the window's tiles).
     */
    public static boolean isBasemapLand(LayerView view) {
        return isBasemap(view) && !LayerIds.REFERENCE.equals(view.layer().id());
    }

    /** The first day of the present de facto division (Soviet landing on Shumshu, 18 Aug 1945). */
    public static final LocalDate PRESENT_DIVISION_SINCE = SovereigntyAtDate.Arrangement.SOVIET.since();

    /** The style of one feature of a layer under a viewpoint, as of today. */
    public MapStyle style(String layerId, Feature f, Viewpoint viewpoint) {
        return style(layerId, f, viewpoint, null);
    }

    /**
     * The style of one feature of a layer under a viewpoint at a date (null = today), land judged without the
     * claims layer (by geography and date); the renderer passes the claims-based {@link SovereigntyAtDate}.
     */
    public MapStyle style(String layerId, Feature f, Viewpoint viewpoint, LocalDate date) {
        return style(layerId, f, viewpoint, date, SovereigntyAtDate.of((Layer) null, date));
    }

    /** The style of one feature at a date (null = today), land coloured by the sovereignty in force. */
    public MapStyle style(String layerId, Feature f, Viewpoint viewpoint, LocalDate date,
                          SovereigntyAtDate sovereignty) {
        LayerStyle user = layerStyles.get(layerId);
        if (user != null) {
            return userStyle(user, layerId, f, viewpoint);
        }
        switch (layerId) {
            case LayerIds.LAND:
                return LandStyle.of(sovereignty.holder(f), viewpoint, !f.names().isEmpty());
            case LayerIds.LAND_OVERVIEW:
                return MapStyle.area(LAND, COAST, 0.6f).withLabel(f.names().isEmpty() ? 0 : 3, 13f, true);
            case LayerIds.LAKES:
                return MapStyle.area(SEA, COAST, 0.5f);
            case LayerIds.WORLD:
                return "border".equals(f.string("kind")) ? MapStyle.area(null, BOUNDARY_GREY, 0.6f)
                        : MapStyle.area(LAND, COAST, 0.5f);
            case LayerIds.COUNTRIES:
                // Today's country outlines would be anachronistic on a historical map.
                return isBeforePresentDivision(date) ? INVISIBLE
                        : MapStyle.area(null, BOUNDARY_GREY, 0.8f).withDash(DASH_DOT);
            case LayerIds.CLAIMS:
                return claimStyle(f, viewpoint);
            case LayerIds.ISLANDS:
                return MapStyle.area(null, ISLAND_OUTLINE, 0.8f).withLabel(3, 13f, true);
            default:
                return pointStyle(layerId, f);
        }
    }

    static boolean isBeforePresentDivision(LocalDate date) {
        return date != null && date.isBefore(PRESENT_DIVISION_SINCE);
    }

    private static final MapStyle INVISIBLE = MapStyle.area(null, null, 0f);

    /** Japan's claimed boundary north of Etorofu: not a boundary to Russia, the border to Japan. */
    static boolean isJapaneseClaimLine(Feature f) {
        return "jp-claim".equals(claimId(f)) && isLine(f);
    }

    private static boolean isLine(Feature f) {
        return "boundary-line".equals(f.string("kind")) || (f.geometry() != null && f.geometry().getDimension() == 1);
    }

    private MapStyle claimStyle(Feature f, Viewpoint viewpoint) {
        String claim = claimId(f);
        ClaimLook look = CLAIMS.get(claim);
        if (isJapaneseClaimLine(f)) {
            return switch (viewpoint) {
                case RUSSIAN -> INVISIBLE;
                // Japan's border as Japan draws it: the dash-dot of a national boundary.
                case JAPANESE -> MapStyle.area(null, look.color(), 2.6f).withDash(DASH_DOT).withLabel(2, 11f, true);
                // Neutral: the northern limit of the claim, drawn (and explained by the legend) as the claim.
                default -> MapStyle.area(null, look.color(), look.width()).withDash(look.dash())
                        .withLabel(2, 9.5f, false);
            };
        }
        /*
         * Claims are outlines only, never tints: the land's fill says who holds it (hatched where disputed), and a
         * tint over it would mix into a colour that is in no legend.
         */
        // Boundary lines are named on the map ("1855 boundary (Treaty of Shimoda)"); areas by the legend.
        int linePriority = isLine(f) ? 2 : 0;
        if (look != null) {
            MapStyle s = MapStyle.area(null, look.color(), look.width()).withLabel(linePriority, 9.5f, false);
            return look.dash() == null ? s : s.withDash(look.dash());
        }
        Color c = PALETTE[Math.floorMod(claim.hashCode(), PALETTE.length)];
        MapStyle s = MapStyle.area(null, c, isLine(f) ? 2.2f : 1.6f).withLabel(linePriority, 9.5f, false);
        return f.validity().to() != null ? s.withDash(LONG_DASH) : s;
    }

    /** The claim a claims-layer feature belongs to: its {@code claim} property, else its id. */
    public static String claimId(Feature f) {
        String c = f.string("claim");
        return c != null ? c : String.valueOf(f.id());
    }

    /** The family colour of a point layer's symbols (cluster arcs, list stripes, dots without an icon). */
    static Color accent(String layerId) {
        return ACCENTS.getOrDefault(layerId, PALETTE[Math.floorMod(layerId.hashCode(), PALETTE.length)]);
    }

    private MapStyle pointStyle(String layerId, Feature f) {
        Color accent = accent(layerId);
        int priority = LayerIds.PLACES.equals(layerId) ? 2 : 1;
        float size = priority == 2 ? 11.5f : 10.5f;
        boolean line = f.geometry() != null && f.geometry().getDimension() == 1;
        boolean area = f.geometry() != null && f.geometry().getDimension() == 2;
        if (line || area) {
            return MapStyle.area(area ? new Color(accent.getRed(), accent.getGreen(), accent.getBlue(), 40) : null,
                    accent, 1.5f).withLabel(priority, size, false);
        }
        return MapStyle.area(null, null, 0f).withIcon(icons.resolve(f.type()), accent)
                .withLabel(priority, size, false);
    }

    /**
     * Legend entries for the visible layers, top layer first, covering only what those layers show at the date
     * (null = all dates): one entry per claim, per icon type, and the land tints under the viewpoint.
     */
    public List<LegendEntry> legend(List<LayerView> layers, Viewpoint viewpoint, LocalDate date) {
        return legend(layers, viewpoint, date, Double.NaN);
    }

    /** The legend of what is drawn at a zoom: as {@link #legend(List, Viewpoint, LocalDate)}, zoom ranges applied. */
    public List<LegendEntry> legend(List<LayerView> layers, Viewpoint viewpoint, LocalDate date, double zoom) {
        return legend(layers, viewpoint, date, zoom, null);
    }

    /**
     * The legend of what a map of the extent (lon/lat, null = everywhere) shows at the date and zoom: only
     * the claims, types and tints that occur there.
     */
    public List<LegendEntry> legend(List<LayerView> layers, Viewpoint viewpoint, LocalDate date, double zoom,
                                    Envelope extent) {
        return legend(layers, viewpoint, date, zoom, extent, null);
    }

    /**
     * The legend of a drawing: as {@link #legend(List, Viewpoint, LocalDate, double, Envelope)}, but a point
     * feature's symbol is explained only when the drawing drew it as a symbol of its own ({@code drawn}, from a
     * {@link RenderOutcome}): features listed under their island or in a badge add no symbol entry.
     *
     * @param drawn the point features drawn as symbols, or null to count every point feature in the extent
     */
    public List<LegendEntry> legend(List<LayerView> layers, Viewpoint viewpoint, LocalDate date, double zoom,
                                    Envelope extent, Set<Feature> drawn) {
        List<LegendEntry> out = new ArrayList<>();
        SovereigntyAtDate sovereignty = SovereigntyAtDate.of(layers, date);
        /* The precisions of the point features drawn: which of the symbol keys the legend needs. */
        Set<Precision> pointPrecisions = EnumSet.noneOf(Precision.class);
        for (int i = layers.size() - 1; i >= 0; i--) {
            LayerView v = layers.get(i);
            if (!v.visible() || v.opacity() <= 0 || (!Double.isNaN(zoom) && !v.drawnAt(zoom))) {
                continue;
            }
            String id = v.layer().id();
            String group = groupTitle(v, viewpoint);
            /*
             * A dense point layer drawn as squares says so. Without an extent (the layer panel) a layer that may be
             * drawn so says it beside its symbols; a map of an extent says it when that map draws the squares, and
             * then explains no symbol for the points in them.
             */
            boolean squares = false;
            if (PointDensity.mayAggregate(v.layer())) {
                squares = extent == null || Double.isNaN(zoom) ? PointGrid.of(v.layer()).size() > PointDensity.THRESHOLD
                        : PointDensity.aggregates(v, extent, zoom, date);
                if (squares) {
                    out.add(new LegendEntry(id, group, RenderText.get(viewpoint, "symbols.density"),
                            LegendEntry.Kind.DENSITY, MapStyle.area(null, null, 0f), icons));
                }
                squares &= extent != null && !Double.isNaN(zoom);
                if (squares && PointGrid.of(v.layer()).allGridded()) {
                    continue;
                }
            }
            List<Feature> features = v.layer().featuresAt(date);
            if (squares) {
                features = features.stream().filter(f -> !PointGrid.isGridded(f)).toList();
            }
            if (extent != null) {
                Set<Feature> near = Collections.newSetFromMap(new IdentityHashMap<>());
                Geometry box = new GeometryFactory()
                        .toGeometry(extent);
                for (Feature f : v.layer().query(extent)) {
                    if (f.geometry() != null && (extent.covers(f.geometry().getEnvelopeInternal())
                            || f.geometry().intersects(box))) {
                        near.add(f);
                    }
                }
                features = features.stream().filter(near::contains).toList();
            }
            // Reference names are the map's own lettering: nothing to explain in the legend.
            features = features.stream().filter(f -> !ReferenceLabels.isLabelOnly(f)).toList();
            if (features.isEmpty()) {
                continue;
            }
            switch (id) {
                case LayerIds.LAND:
                    LandStyle.legend(out, id, features, viewpoint, sovereignty, icons);
                    break;
                case LayerIds.LAND_OVERVIEW:
                    if (layers.stream().anyMatch(o -> o.layer().id().equals(LayerIds.LAND) && o.visible()
                            && (Double.isNaN(zoom) || o.drawnAt(zoom)))) {
                        break;
                    }
                    out.add(new LegendEntry(id, group, RenderText.get(viewpoint, "land"), LegendEntry.Kind.AREA,
                            style(id, features.get(0), viewpoint), icons));
                    break;
                case LayerIds.LAKES:
                    break;
                case LayerIds.WORLD:
                    for (String kind : new String[] {"land", "border"}) {
                        features.stream().filter(f -> kind.equals(f.string("kind"))).findFirst().ifPresent(f ->
                                out.add(new LegendEntry(id, group, RenderText.get(viewpoint, "world." + kind),
                                        kind.equals("land") ? LegendEntry.Kind.AREA : LegendEntry.Kind.LINE,
                                        style(id, f, viewpoint), icons)));
                    }
                    break;
                case LayerIds.CLAIMS:
                    claimLegend(out, v, features, viewpoint, date);
                    break;
                case LayerIds.ISLANDS:
                    out.add(new LegendEntry(id, group, RenderText.get(viewpoint, "island.outline"),
                            LegendEntry.Kind.AREA,
                            style(id, features.get(0), viewpoint), icons));
                    break;
                case LayerIds.COUNTRIES:
                    if (!isBeforePresentDivision(date)) {
                        out.add(new LegendEntry(id, group, RenderText.get(viewpoint, "country.outline"),
                                LegendEntry.Kind.LINE, style(id, features.get(0), viewpoint), icons));
                    }
                    break;
                default:
                    List<Feature> shown = new ArrayList<>();
                    for (Feature f : features) {
                        boolean point = f.geometry() != null && f.geometry().getDimension() == 0;
                        Precision precision = point ? f.precision().orElse(Precision.EXACT) : null;
                        if (precision == Precision.ISLAND) {
                            pointPrecisions.add(precision);
                        }
                        if (point && drawn != null && !drawn.contains(f)) {
                            continue;
                        }
                        shown.add(f);
                        if (point) {
                            pointPrecisions.add(precision);
                        }
                    }
                    pointLegend(out, v, shown, viewpoint);
            }
        }
        String symbols = RenderText.get(viewpoint, "symbols");
        if (!pointPrecisions.isEmpty()) {
            out.add(new LegendEntry("", symbols, RenderText.get(viewpoint, "symbols.cluster"),
                    LegendEntry.Kind.CLUSTER, MapStyle.area(null, null, 0f), icons));
        }
        if (pointPrecisions.contains(Precision.ISLAND)) {
            out.add(new LegendEntry("", symbols, RenderText.get(viewpoint, "symbols.islandList"),
                    LegendEntry.Kind.ISLAND_LIST, MapStyle.area(null, null, 0f), icons));
        }
        if (pointPrecisions.contains(Precision.APPROXIMATE)) {
            out.add(new LegendEntry("", symbols, RenderText.get(viewpoint, "symbols.approximate"),
                    LegendEntry.Kind.APPROXIMATE_SYMBOL, MapStyle.area(null, null, 0f).withIcon(IconLibrary.FALLBACK,
                    Color.DARK_GRAY), icons));
        }
        return out;
    }

    /** The layer's heading: its own title in English, a bundled layer's in the viewpoint's other language. */
    private static String groupTitle(LayerView v, Viewpoint viewpoint) {
        String key = "group." + v.layer().id();
        return RenderText.isEnglish(viewpoint) || !RenderText.has(key) ? v.layer().title()
                : RenderText.get(viewpoint, key);
    }

    private void claimLegend(List<LegendEntry> out, LayerView v, List<Feature> features, Viewpoint viewpoint,
                             LocalDate date) {
        Map<String, Feature> firstOfClaim = new LinkedHashMap<>();
        for (String known : CLAIMS.keySet()) {
            features.stream().filter(f -> known.equals(claimId(f))).findFirst()
                    .ifPresent(f -> firstOfClaim.put(known, f));
        }
        for (Feature f : features) {
            firstOfClaim.putIfAbsent(claimId(f), f);
        }
        String group = groupTitle(v, viewpoint);
        for (Map.Entry<String, Feature> e : firstOfClaim.entrySet()) {
            String label = CLAIMS.containsKey(e.getKey()) ? RenderText.get(viewpoint, "claim." + e.getKey())
                    : e.getValue().label(viewpoint, date);
            boolean allLines = features.stream().filter(f -> e.getKey().equals(claimId(f)))
                    .allMatch(f -> f.geometry() != null && f.geometry().getDimension() == 1);
            out.add(new LegendEntry(v.layer().id(), group, label,
                    allLines ? LegendEntry.Kind.LINE : LegendEntry.Kind.AREA, style(LayerIds.CLAIMS, e.getValue(),
                    viewpoint, date), icons));
        }
        // Under the Japanese viewpoint the claimed boundary is drawn as a border: the legend says so.
        if (viewpoint == Viewpoint.JAPANESE) {
            features.stream().filter(StyleCatalog::isJapaneseClaimLine).findFirst().ifPresent(f -> out.add(
                    new LegendEntry(v.layer().id(), group, RenderText.get(viewpoint, "claim.jp-claim.line"),
                            LegendEntry.Kind.LINE, style(LayerIds.CLAIMS, f, viewpoint, date), icons)));
        }
    }

    private void pointLegend(List<LegendEntry> out, LayerView v, List<Feature> features, Viewpoint viewpoint) {
        String id = v.layer().id();
        Map<String, Feature> byType = new TreeMap<>();
        for (Feature f : features) {
            byType.putIfAbsent(f.type() == null ? "" : f.type(), f);
        }
        for (Map.Entry<String, Feature> e : byType.entrySet()) {
            MapStyle s = style(id, e.getValue(), viewpoint);
            LegendEntry.Kind kind = s.icon() != null ? LegendEntry.Kind.SYMBOL
                    : e.getValue().geometry().getDimension() == 1 ? LegendEntry.Kind.LINE : LegendEntry.Kind.AREA;
            out.add(new LegendEntry(id, groupTitle(v, viewpoint), typeLabel(v, e.getKey(), viewpoint), kind, s,
                    icons));
        }
    }

    /** What a point feature is, as the legend says it: its layer's heading and its type. */
    public String layerAndType(LayerView v, Feature f, Viewpoint viewpoint) {
        String group = groupTitle(v, viewpoint);
        String type = typeLabel(v, f.type() == null ? "" : f.type(), viewpoint);
        return type.equals(group) ? group : group + " · " + type;
    }

    private static String typeLabel(LayerView v, String type, Viewpoint viewpoint) {
        String typeKey = "type." + type;
        return RenderText.has(typeKey) ? RenderText.get(viewpoint, typeKey) : humanise(type, v.layer().title());
    }

    /** "missile-battery" → "Missile battery". */
    static String humanise(String type, String fallback) {
        if (type == null || type.isBlank()) {
            return fallback;
        }
        String t = type.replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}

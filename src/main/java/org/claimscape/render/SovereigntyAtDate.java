package org.claimscape.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerIds;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Who held each piece of land on a date. The arrangement in force comes from the treaty dates of the fact sheet;
 * the Kuril chain and the four islands follow the claims layer's dated areas (Japanese sovereignty, the Shimoda
 * sides, St Petersburg, Soviet occupation, Russian districts, Japan's claim), so the day each island changed hands
 * is the data's; Sakhalin follows the arrangement (undivided, Russian, split at 50°N); all other land keeps its
 * present country (Hokkaido Japanese, Kamchatka Russian throughout). Immutable; holders are cached per feature.
 */
public final class SovereigntyAtDate {

    /** The treaty arrangement in force, with its first day. */
    public enum Arrangement {
        /** Before the Treaty of Shimoda: no agreed boundary, no sovereignty colouring. */
        NONE("none", LocalDate.MIN),
        /** Signed 7 Feb 1855 [S15][S13]. */
        SHIMODA("shimoda", LocalDate.of(1855, 2, 7)),
        /** Ratifications exchanged 22 Aug 1875 [S13][S14] (the claims layer's valid_from). */
        ST_PETERSBURG("st-petersburg", LocalDate.of(1875, 8, 22)),
        /** September 1905, day not in the sources [S18]; the claims layer's "1905-09". */
        PORTSMOUTH("portsmouth", LocalDate.of(1905, 9, 1)),
        /** Soviet landing on Shumshu, 18 Aug 1945 [S105]; the dispute follows as each island is occupied. */
        SOVIET("soviet", LocalDate.of(1945, 8, 18));

        private final String key;
        private final LocalDate since;

        Arrangement(String key, LocalDate since) {
            this.key = key;
            this.since = since;
        }

        /** Key of the arrangement's texts in {@link RenderText} ({@code arrangement.<key>}, {@code note.<key>}). */
        public String key() {
            return key;
        }

        public LocalDate since() {
            return since;
        }

        /** The arrangement in force at the date; null means today. */
        public static Arrangement at(LocalDate date) {
            Arrangement found = NONE;
            for (Arrangement a : values()) {
                if (date == null || !date.isBefore(a.since)) {
                    found = a;
                }
            }
            return found;
        }
    }

    /** Who holds a piece of land; SPLIT is Sakhalin 1905–1945: Russian north of 50°N, Japanese south of it. */
    public enum Holder { JAPAN, RUSSIA, JOINT, DISPUTED, SPLIT, NONE }

    /**
     * Sakhalin (with Moneron and its islets) is the Russian land wholly inside this box: west of the Kurils (which
     * start east of 145.4°E) and east of the mainland coast across the Tatar Strait, whose polygons reach further
     * west and were never part of any Sakhalin arrangement.
     */
    private static final Envelope SAKHALIN = new Envelope(141.0, 145.0, 45.5, 54.5);
    /** The Portsmouth boundary on Sakhalin. */
    public static final double PORTSMOUTH_LATITUDE = 50.0;
    private static final int CACHED = 16;
    private static final Map<List<Object>, SovereigntyAtDate> RECENT = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, SovereigntyAtDate> e) {
                    return size() > CACHED;
                }
            });

    private record Area(PreparedGeometry geometry, Holder holder, boolean claimByJapan, LocalDate from) {
    }

    private final Arrangement arrangement;
    private final List<Area> areas;
    private final Map<Feature, Holder> holders = Collections.synchronizedMap(new IdentityHashMap<>());

    private SovereigntyAtDate(Arrangement arrangement, List<Area> areas) {
        this.arrangement = arrangement;
        this.areas = areas;
    }

    /** Sovereignty at the date (null = today) from the claims layer among the layers (visible or not). */
    public static SovereigntyAtDate of(List<LayerView> layers, LocalDate date) {
        Layer claims = layers.stream().map(LayerView::layer).filter(l -> LayerIds.CLAIMS.equals(l.id()))
                .findFirst().orElse(null);
        return of(claims, date);
    }

    /** Sovereignty at the date (null = today) from a claims layer (null = none: the fallback by geography). */
    public static SovereigntyAtDate of(Layer claims, LocalDate date) {
        Arrangement a = Arrangement.at(date);
        List<Feature> valid = claims == null ? List.of() : claims.featuresAt(date).stream()
                .filter(f -> holderOfClaim(f) != null || isJapaneseClaim(f)).toList();
        List<Object> key = new ArrayList<>();
        key.add(a);
        key.add(claims == null ? 0 : System.identityHashCode(claims));
        valid.forEach(f -> key.add(System.identityHashCode(f)));
        return RECENT.computeIfAbsent(key, k -> build(a, valid));
    }

    private static SovereigntyAtDate build(Arrangement a, List<Feature> valid) {
        List<Area> areas = new ArrayList<>();
        for (Feature f : valid) {
            if (f.geometry() != null && f.geometry().getDimension() == 2) {
                areas.add(new Area(PreparedGeometryFactory.prepare(f.geometry()), holderOfClaim(f),
                        isJapaneseClaim(f), f.validity().from()));
            }
        }
        return new SovereigntyAtDate(a, List.copyOf(areas));
    }

    /* Which claims colour land, and whose colour. The others (1956 declaration, renounced areas) leave it as is. */
    private static Holder holderOfClaim(Feature f) {
        String party = f.string("party");
        return switch (StyleCatalog.claimId(f)) {
            case "jp-sovereignty", "st-petersburg-1875" -> Holder.JAPAN;
            case "soviet-occupation-1945", "ru-admin" -> Holder.RUSSIA;
            case "shimoda-1855" -> "JP".equals(party) ? Holder.JAPAN : "RU".equals(party) ? Holder.RUSSIA : null;
            default -> null;
        };
    }

    private static boolean isJapaneseClaim(Feature f) {
        return "jp-claim".equals(StyleCatalog.claimId(f));
    }

    public Arrangement arrangement() {
        return arrangement;
    }

    /** Who held the land feature (of the land layer) on the date. */
    public Holder holder(Feature land) {
        return holders.computeIfAbsent(land, this::compute);
    }

    private Holder compute(Feature land) {
        if (arrangement == Arrangement.NONE || land.geometry() == null || land.geometry().isEmpty()) {
            return Holder.NONE;
        }
        Point p = land.geometry().getInteriorPoint();
        Holder byClaims = null;
        LocalDate latest = null;
        boolean claimed = false;
        for (Area area : areas) {
            if (!area.geometry().contains(p)) {
                continue;
            }
            claimed |= area.claimByJapan();
            // Areas that meet on a changeover day: the one that began later is in force.
            if (area.holder() != null && (byClaims == null || (area.from() != null
                    && (latest == null || area.from().isAfter(latest))))) {
                byClaims = area.holder();
                latest = area.from();
            }
        }
        if (byClaims == Holder.RUSSIA && claimed) {
            return Holder.DISPUTED;
        }
        if (byClaims != null) {
            return byClaims;
        }
        String country = land.string("country");
        boolean disputed = Boolean.TRUE.equals(land.property("disputed_jp_ru"));
        if (disputed) {
            // Not covered by a claims area (no claims layer, or a polygon outside them): the four islands were
            // Japanese under every treaty and are disputed since the Soviet occupation.
            return arrangement == Arrangement.SOVIET ? Holder.DISPUTED : Holder.JAPAN;
        }
        if ("RU".equalsIgnoreCase(country) && SAKHALIN.covers(land.geometry().getEnvelopeInternal())) {
            return switch (arrangement) {
                case SHIMODA -> Holder.JOINT;
                case PORTSMOUTH -> spansPortsmouthLine(land) ? Holder.SPLIT
                        : p.getY() < PORTSMOUTH_LATITUDE ? Holder.JAPAN : Holder.RUSSIA;
                default -> Holder.RUSSIA;
            };
        }
        if ("JP".equalsIgnoreCase(country)) {
            return Holder.JAPAN;
        }
        return "RU".equalsIgnoreCase(country) ? Holder.RUSSIA : Holder.NONE;
    }

    private static boolean spansPortsmouthLine(Feature land) {
        Envelope e = land.geometry().getEnvelopeInternal();
        return e.getMinY() < PORTSMOUTH_LATITUDE && e.getMaxY() > PORTSMOUTH_LATITUDE;
    }
}

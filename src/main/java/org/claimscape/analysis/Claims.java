package org.claimscape.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The claims of a claims layer, grouped by their {@code claim} property: a claim is the union of the areas
 * (polygonal features) that carry its id. Boundary lines of a claim are kept as members but add no area.
 *
 * <p>Which side each area of a claim goes to ({@link #sideOf(Feature)}): the feature's {@code area_to} property
 * when present ({@code JP}, {@code RU}, or {@code none} for land a claim leaves unattributed), else its
 * {@code party}: RU and USSR mean Russia, JP and JP-RU mean Japan, because the treaty areas in the data are the
 * parts allotted to Japan. A claim may give areas to both sides (Shimoda 1855).
 *
 * <p>Immutable and thread-safe.
 */
public final class Claims {

    /** The claim id of the 1956 Joint Declaration formula (Shikotan and the Habomai islands). */
    public static final String FORMULA_1956 = "declaration-1956";

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final Map<String, List<Feature>> byClaim;

    private Claims(Map<String, List<Feature>> byClaim) {
        this.byClaim = byClaim;
    }

    /** Groups a claims layer's features by their {@code claim} property (features without one are skipped). */
    public static Claims of(Layer claimsLayer) {
        Map<String, List<Feature>> map = new LinkedHashMap<>();
        for (Feature f : claimsLayer.features()) {
            String claim = f.string("claim");
            if (claim != null && !claim.isBlank()) {
                map.computeIfAbsent(claim.trim(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, List<Feature>> frozen = new LinkedHashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Claims(Collections.unmodifiableMap(frozen));
    }

    /** The known claim ids, sorted. */
    public List<String> ids() {
        return List.copyOf(new TreeSet<>(byClaim.keySet()));
    }

    public boolean contains(String claimId) {
        return byClaim.containsKey(claimId);
    }

    /** The features of a claim, in layer order. */
    public List<Feature> features(String claimId) {
        List<Feature> fs = byClaim.get(claimId);
        if (fs == null) {
            throw new UnknownClaimException(claimId, ids());
        }
        return fs;
    }

    /**
     * The claim's area at a date in lon/lat: the union of its polygonal features valid that day (validity
     * inclusive at both ends), repaired when invalid; an empty geometry when none is valid. A null date takes
     * every feature.
     */
    public Geometry areaAt(String claimId, LocalDate date) {
        return unionAt(claimId, date, f -> true);
    }

    /**
     * The part of the claim's area at a date that goes to one side: the union of its polygonal features valid
     * that day whose {@link #sideOf(Feature) side} is {@code side}; empty when there are none.
     */
    public Geometry areaAt(String claimId, LocalDate date, Side side) {
        return unionAt(claimId, date, f -> sideOf(f).orElse(null) == side);
    }

    /* The union of the claim's polygonal features valid at the date that pass the filter (repaired if invalid). */
    private Geometry unionAt(String claimId, LocalDate date, Predicate<Feature> filter) {
        List<Geometry> parts = new ArrayList<>();
        for (Feature f : features(claimId)) {
            if (f.geometry() != null && f.isValidAt(date) && filter.test(f)) {
                Geometry polygonal = Geodesy.polygonalParts(f.geometry());
                if (!polygonal.isEmpty()) {
                    parts.add(polygonal.isValid() ? polygonal : GeometryFixer.fix(polygonal));
                }
            }
        }
        if (parts.isEmpty()) {
            return FACTORY.createMultiPolygon();
        }
        return Geodesy.polygonalParts(UnaryUnionOp.union(parts));
    }

    /** True when some feature of the claim is valid at the date. */
    public boolean isValidAt(String claimId, LocalDate date) {
        return features(claimId).stream().anyMatch(f -> f.isValidAt(date));
    }

    /** The sides the claim's areas go to (polygonal features only), Japan first; empty when none has a side. */
    public List<Side> sides(String claimId) {
        EnumSet<Side> sides = EnumSet.noneOf(Side.class);
        for (Feature f : features(claimId)) {
            if (f.geometry() != null && !Geodesy.polygonalParts(f.geometry()).isEmpty()) {
                sideOf(f).ifPresent(sides::add);
            }
        }
        return List.copyOf(sides);
    }

    /**
     * The side a claim feature's area goes to: {@code area_to} (JP or RU; {@code none} or anything else means
     * neither), else {@code party} (RU, USSR: Russia; JP, JP-RU: Japan); empty without either property.
     */
    public static Optional<Side> sideOf(Feature f) {
        String to = f.string("area_to");
        if (to != null) {
            return Side.parse(to);
        }
        String party = f.string("party");
        if (party == null || party.isBlank()) {
            return Optional.empty();
        }
        String p = party.trim().toUpperCase(Locale.ROOT);
        return Optional.of(p.equals("RU") || p.equals("USSR") ? Side.RUSSIA : Side.JAPAN);
    }

    /** A readable title regardless of date; see {@link #title(String, LocalDate)}. */
    public String title(String claimId) {
        return title(claimId, null);
    }

    /**
     * A readable title: the English name of the feature whose id is the claim id; else the part before ":" that
     * the names of the claim's areas valid at the date share ("Soviet occupation 1945: Iturup / Etorofu", ...);
     * else the one such area's name; else the claim id.
     */
    public String title(String claimId, LocalDate date) {
        List<Feature> fs = features(claimId);
        for (Feature f : fs) {
            if (claimId.equals(f.id()) && f.names().en() != null) {
                return f.names().en();
            }
        }
        List<String> names = new ArrayList<>();
        for (Feature f : fs) {
            if (f.isValidAt(date) && f.geometry() != null && !Geodesy.polygonalParts(f.geometry()).isEmpty()
                    && f.names().en() != null) {
                names.add(f.names().en());
            }
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        String prefix = null;
        for (String n : names) {
            int colon = n.indexOf(':');
            String p = colon > 0 ? n.substring(0, colon).trim() : null;
            if (p == null || (prefix != null && !prefix.equals(p))) {
                return claimId;
            }
            prefix = p;
        }
        return prefix != null ? prefix : claimId;
    }
}

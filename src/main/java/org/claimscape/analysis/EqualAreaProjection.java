package org.claimscape.analysis;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.NoninvertibleTransformException;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;

/**
 * Moves JTS geometries between lon/lat degrees (WGS84) and metres in a Lambert azimuthal equal-area (LAEA)
 * projection on the WGS84 ellipsoid, so that areas, buffers and overlays can be computed in metres.
 *
 * <p>LAEA preserves area exactly everywhere, so any centre gives correct areas; the centre only limits shape
 * and distance distortion, which grows away from it (under 0.3 % within 500 km). Centre it on the geometry
 * for single measurements ({@link #centredOn(Geometry)}) and on the region for region-wide overlays
 * ({@link #region()}, 45° N 147° E).
 *
 * <p>Edges: GeoJSON (RFC 7946 §3.1.1) takes an edge as a straight line in lon/lat, so edges longer than
 * {@value #MAX_STEP_DEGREES}° are densified before projecting (a 1° box has the same area in every frame);
 * on the way back, edges longer than {@value #MAX_STEP_METRES} m are densified so that they keep their shape.
 *
 * <p>Built from WKT with Apache SIS; the transforms are immutable. Immutable and thread-safe.
 */
public final class EqualAreaProjection {

    /** Latitude of the region-wide frame's centre (between Kunashir and Iturup). */
    public static final double REGION_CENTRE_LAT = 45.0;
    /** Longitude of the region-wide frame's centre. */
    public static final double REGION_CENTRE_LON = 147.0;

    /** Longest lon/lat edge projected as is; longer ones are densified first. */
    public static final double MAX_STEP_DEGREES = 0.01;
    /** Longest metre edge unprojected as is; longer ones are densified first. */
    public static final double MAX_STEP_METRES = 1000;

    private static final EqualAreaProjection REGION = new EqualAreaProjection(REGION_CENTRE_LAT, REGION_CENTRE_LON);

    /* Building a projection from WKT costs about a millisecond; the measure tool asks again and again. */
    private static final int CACHE_SIZE = 64;
    private static final Map<Long, EqualAreaProjection> CACHE = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, EqualAreaProjection> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private final double centreLat;
    private final double centreLon;
    private final MathTransform toMetres;
    private final MathTransform toLonLat;

    private EqualAreaProjection(double centreLat, double centreLon) {
        if (!(Math.abs(centreLat) <= 90) || !Double.isFinite(centreLon)) {
            throw new IllegalArgumentException("bad projection centre: " + centreLat + ", " + centreLon);
        }
        this.centreLat = centreLat;
        this.centreLon = centreLon;
        try {
            CoordinateReferenceSystem laea = CRS.fromWKT(wkt(centreLat, centreLon));
            /* normalizedGeographic() is (longitude, latitude), the JTS axis order. */
            toMetres = CRS.findOperation(CommonCRS.WGS84.normalizedGeographic(), laea, null).getMathTransform();
            toLonLat = toMetres.inverse();
        } catch (FactoryException | NoninvertibleTransformException e) {
            throw new IllegalStateException("cannot build the equal-area projection", e);
        }
    }

    /** The region-wide frame centred at 45° N 147° E, for overlays across the whole map extent. */
    public static EqualAreaProjection region() {
        return REGION;
    }

    /** A frame centred on a point (degrees). Frames are cached, centres rounded to 0.01°. */
    public static EqualAreaProjection centredOn(double lat, double lon) {
        double rLat = Math.rint(lat * 100) / 100;
        double rLon = Math.rint(lon * 100) / 100;
        long key = ((long) Math.rint(rLat * 100 + 9000) << 32) | ((long) Math.rint(rLon * 100 + 36000) & 0xffffffffL);
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(key, k -> new EqualAreaProjection(rLat, rLon));
        }
    }

    /** A frame centred on the middle of the geometry's lon/lat bounding box. */
    public static EqualAreaProjection centredOn(Geometry lonLat) {
        Envelope e = lonLat.getEnvelopeInternal();
        if (e.isNull()) {
            return REGION;
        }
        return centredOn(e.centre().y, e.centre().x);
    }

    public double centreLat() {
        return centreLat;
    }

    public double centreLon() {
        return centreLon;
    }

    /** A copy of a lon/lat geometry in this frame's metres (x = easting, y = northing). */
    public Geometry toMetres(Geometry lonLat) {
        return transform(densify(lonLat, MAX_STEP_DEGREES), toMetres);
    }

    /** A copy of a geometry in this frame's metres, back in lon/lat degrees. */
    public Geometry toLonLat(Geometry metres) {
        return transform(densify(metres, MAX_STEP_METRES), toLonLat);
    }

    /** One point in metres: {easting, northing}. */
    public double[] toMetres(double lon, double lat) {
        double[] p = {lon, lat};
        transformInPlace(toMetres, p, 1);
        return p;
    }

    /** One point back in degrees: {lon, lat}. */
    public double[] toLonLat(double easting, double northing) {
        double[] p = {easting, northing};
        transformInPlace(toLonLat, p, 1);
        return p;
    }

    /** The SIS transform from (lon, lat) degrees to metres, for callers that batch their own coordinates. */
    public MathTransform forward() {
        return toMetres;
    }

    /* Densifier copies every geometry; skip it when no edge is too long (the coastline data never has one). */
    private static Geometry densify(Geometry g, double maxStep) {
        double[] longest = {0};
        g.apply((CoordinateSequenceFilter) new LongestEdgeFilter(longest));
        if (longest[0] <= maxStep) {
            return g;
        }
        Densifier d = new Densifier(g);
        d.setDistanceTolerance(maxStep);
        d.setValidate(false);
        return d.getResultGeometry();
    }

    private static Geometry transform(Geometry g, MathTransform mt) {
        Geometry copy = g.copy();
        copy.apply(new SequenceTransformFilter(mt));
        copy.geometryChanged();
        return copy;
    }

    private static void transformInPlace(MathTransform mt, double[] xy, int count) {
        try {
            mt.transform(xy, 0, xy, 0, count);
        } catch (TransformException e) {
            throw new IllegalArgumentException("coordinate outside the projection's domain", e);
        }
    }

    /*
     * JTS calls filter(seq, i) once per coordinate; a SIS transform is far cheaper per point in bulk, so the
     * whole sequence is transformed when its first coordinate comes in and the later calls are no-ops.
     */
    private static final class SequenceTransformFilter implements CoordinateSequenceFilter {
        private final MathTransform mt;

        SequenceTransformFilter(MathTransform mt) {
            this.mt = mt;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            if (i != 0) {
                return;
            }
            int n = seq.size();
            double[] xy = new double[2 * n];
            for (int k = 0; k < n; k++) {
                xy[2 * k] = seq.getX(k);
                xy[2 * k + 1] = seq.getY(k);
            }
            transformInPlace(mt, xy, n);
            for (int k = 0; k < n; k++) {
                seq.setOrdinate(k, CoordinateSequence.X, xy[2 * k]);
                seq.setOrdinate(k, CoordinateSequence.Y, xy[2 * k + 1]);
            }
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }

    private static final class LongestEdgeFilter implements CoordinateSequenceFilter {
        private final double[] longest;

        LongestEdgeFilter(double[] longest) {
            this.longest = longest;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            if (i > 0) {
                double d = Math.hypot(seq.getX(i) - seq.getX(i - 1), seq.getY(i) - seq.getY(i - 1));
                longest[0] = Math.max(longest[0], d);
            }
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return false;
        }
    }

    private static String wkt(double lat, double lon) {
        String degree = "ANGLEUNIT[\"degree\", 0.0174532925199433]";
        String metre = "LENGTHUNIT[\"metre\", 1]";
        return String.format(Locale.ROOT,
                "PROJCRS[\"WGS 84 / LAEA %1$.4f %2$.4f\","
                        + " BASEGEOGCRS[\"WGS 84\", DATUM[\"World Geodetic System 1984\","
                        + "   ELLIPSOID[\"WGS 84\", 6378137, 298.257223563, %4$s]], %3$s],"
                        + " CONVERSION[\"Lambert Azimuthal Equal Area\","
                        + "   METHOD[\"Lambert Azimuthal Equal Area\", ID[\"EPSG\", 9820]],"
                        + "   PARAMETER[\"Latitude of natural origin\", %1$.6f, %3$s],"
                        + "   PARAMETER[\"Longitude of natural origin\", %2$.6f, %3$s],"
                        + "   PARAMETER[\"False easting\", 0, %4$s],"
                        + "   PARAMETER[\"False northing\", 0, %4$s]],"
                        + " CS[Cartesian, 2], AXIS[\"easting (E)\", east], AXIS[\"northing (N)\", north], %4$s]",
                lat, lon, degree, metre);
    }

    @Override
    public String toString() {
        return "EqualAreaProjection[LAEA " + centreLat + "N " + centreLon + "E]";
    }
}

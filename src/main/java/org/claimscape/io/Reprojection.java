package org.claimscape.io;

import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.crs.AbstractCRS;
import org.apache.sis.referencing.cs.AxesConvention;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.operation.CoordinateOperation;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;

/**
 * Moves geometries read from a file in its own coordinate reference system (a Shapefile's .prj, a GeoPackage's
 * spatial reference system) to WGS84 longitude/latitude degrees, with Apache SIS.
 *
 * <p>Axis order: files store x = easting or longitude and y = northing or latitude whatever the order their CRS
 * declares (EPSG:4326 says latitude first), so the source CRS is taken in its right-handed (x east, y north) form
 * and the target is {@link CommonCRS#normalizedGeographic()}, the JTS order. This is the one place where the
 * readers meet axis order. Immutable and thread-safe.
 */
public final class Reprojection {

    /** Accuracy SIS gives a transformation that ignores a datum shift it knows nothing about (in metres). */
    private static final double BALLPARK_METRES = 1000;

    /**
     * The WGS84 geographic CRS in the ESRI WKT 1 that Shapefile .prj files carry (as GDAL and ArcGIS write it).
     */
    public static final String WGS84_ESRI_WKT = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
            + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    private static final Reprojection NONE = new Reprojection("WGS 84", null, 0);

    private final String name;
    private final MathTransform transform;
    private final double accuracyMetres;

    private Reprojection(String name, MathTransform transform, double accuracyMetres) {
        this.name = name;
        this.transform = transform;
        this.accuracyMetres = accuracyMetres;
    }

    /** For data already in WGS84 longitude/latitude. */
    public static Reprojection none() {
        return NONE;
    }

    /**
     * From a CRS in Well-Known Text (WKT 1, including ESRI's dialect, or WKT 2).
     *
     * @throws FactoryException when SIS cannot read the text or find a way to WGS84
     */
    public static Reprojection fromWkt(String wkt) throws FactoryException {
        return from(CRS.fromWKT(wkt));
    }

    /**
     * From an authority code such as {@code EPSG:32655}. Without the EPSG database SIS knows WGS84 and its UTM
     * zones, among a few others; files that carry a WKT definition should use {@link #fromWkt}.
     *
     * @throws FactoryException when the code is unknown
     */
    public static Reprojection fromCode(String code) throws FactoryException {
        return from(CRS.forCode(code));
    }

    private static Reprojection from(CoordinateReferenceSystem crs) throws FactoryException {
        CoordinateReferenceSystem xy = AbstractCRS.castOrCopy(crs).forConvention(AxesConvention.RIGHT_HANDED);
        CoordinateOperation op = CRS.findOperation(xy, CommonCRS.WGS84.normalizedGeographic(), null);
        MathTransform mt = op.getMathTransform();
        String name = crs.getName() == null ? "unnamed CRS" : crs.getName().getCode();
        if (mt.isIdentity()) {
            return new Reprojection(name, null, 0);
        }
        if (mt.getSourceDimensions() != 2 || mt.getTargetDimensions() != 2) {
            throw new FactoryException(name + " is not a two-dimensional CRS");
        }
        return new Reprojection(name, mt, CRS.getLinearAccuracy(op));
    }

    /** Whether coordinates stay as they are. */
    public boolean isIdentity() {
        return transform == null;
    }

    /** The source CRS's name. */
    public String name() {
        return name;
    }

    /**
     * A warning for the user when the transformation ignores a datum shift (no parameters known without the EPSG
     * database), else null.
     */
    public IoText.Message accuracyWarning() {
        if (transform == null || !(accuracyMetres >= BALLPARK_METRES)) {
            return null;
        }
        return IoText.of("io.crs.datum", name, Math.round(accuracyMetres));
    }

    /**
     * The geometry in lon/lat degrees: the same object when nothing changes, else a transformed copy.
     *
     * @throws TransformException when a coordinate cannot be transformed
     */
    public Geometry toLonLat(Geometry g) throws TransformException {
        if (transform == null || g == null) {
            return g;
        }
        Geometry copy = g.copy();
        SequenceTransform filter = new SequenceTransform(transform);
        copy.apply(filter);
        if (filter.failure != null) {
            throw filter.failure;
        }
        copy.geometryChanged();
        return copy;
    }

    /* The whole sequence at once when its first coordinate comes in: SIS is far cheaper per point in bulk. */
    private static final class SequenceTransform implements CoordinateSequenceFilter {
        private final MathTransform mt;
        private TransformException failure;

        SequenceTransform(MathTransform mt) {
            this.mt = mt;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            if (i != 0 || failure != null) {
                return;
            }
            int n = seq.size();
            double[] xy = new double[2 * n];
            for (int k = 0; k < n; k++) {
                xy[2 * k] = seq.getX(k);
                xy[2 * k + 1] = seq.getY(k);
            }
            try {
                mt.transform(xy, 0, xy, 0, n);
            } catch (TransformException e) {
                failure = e;
                return;
            }
            for (int k = 0; k < n; k++) {
                seq.setOrdinate(k, CoordinateSequence.X, xy[2 * k]);
                seq.setOrdinate(k, CoordinateSequence.Y, xy[2 * k + 1]);
            }
        }

        @Override
        public boolean isDone() {
            return failure != null;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}

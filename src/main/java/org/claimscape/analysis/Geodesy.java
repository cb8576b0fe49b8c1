package org.claimscape.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.GeodeticCalculator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Distances and areas on the WGS84 ellipsoid: geodesic distances with Apache SIS's
 * {@link GeodeticCalculator} (Karney's algorithm) and land areas in a Lambert azimuthal equal-area
 * projection centred on the measured geometry. Coordinates are lon/lat degrees (x = longitude).
 * Geometries crossing the antimeridian are not supported (the map's region is 139°–157° E).
 *
 * <p>Stateless and thread-safe.
 */
public final class Geodesy {

    /** One international nautical mile in metres. */
    public static final double NAUTICAL_MILE_METRES = 1852.0;

    /* GeodeticCalculator keeps state between calls and is not thread-safe: one per thread. */
    private static final ThreadLocal<GeodeticCalculator> CALCULATOR =
            ThreadLocal.withInitial(() -> GeodeticCalculator.create(CommonCRS.WGS84.geographic()));

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Geodesy() {
    }

    /** The geodesic distance in metres between two points given in degrees. */
    public static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        if (lat1 == lat2 && lon1 == lon2) {
            return 0;
        }
        GeodeticCalculator c = CALCULATOR.get();
        c.setStartGeographicPoint(lat1, lon1);
        c.setEndGeographicPoint(lat2, lon2);
        return c.getGeodesicDistance();
    }

    /** The length in metres of a path through lon/lat points, each leg a geodesic; 0 for fewer than 2 points. */
    public static double pathLengthMetres(List<Coordinate> lonLat) {
        double sum = 0;
        for (int i = 1; i < lonLat.size(); i++) {
            Coordinate a = lonLat.get(i - 1);
            Coordinate b = lonLat.get(i);
            sum += distanceMetres(a.y, a.x, b.y, b.x);
        }
        return sum;
    }

    /**
     * The area in km² of the polygonal parts of a lon/lat geometry (holes subtracted; points and lines count 0).
     * Edges are straight in lon/lat, as GeoJSON defines them (RFC 7946 §3.1.1); on the bundled coastline this
     * agrees with GeographicLib's polygon area, whose edges are geodesics, to about 1e-7 (Iturup: 3,225.5286 vs
     * 3,225.5282 km²), and with the closed-form ellipsoidal area of a lat/lon cell to 1e-9.
     */
    public static double areaKm2(Geometry lonLat) {
        if (lonLat == null || lonLat.isEmpty()) {
            return 0;
        }
        Geometry polygonal = polygonalParts(lonLat);
        if (polygonal.isEmpty()) {
            return 0;
        }
        return EqualAreaProjection.centredOn(polygonal).toMetres(polygonal).getArea() / 1e6;
    }

    /**
     * The area in km² inside a ring of lon/lat points (the measure tool's polygon). The ring is closed if
     * needed; fewer than 3 distinct points give 0. A self-crossing ring is measured after repair.
     */
    public static double areaKm2(List<Coordinate> ring) {
        List<Coordinate> pts = new ArrayList<>(ring);
        if (pts.size() < 3) {
            return 0;
        }
        if (!pts.get(0).equals2D(pts.get(pts.size() - 1))) {
            pts.add(new Coordinate(pts.get(0)));
        }
        if (pts.size() < 4) {
            return 0;
        }
        LinearRing shell = FACTORY.createLinearRing(pts.toArray(new Coordinate[0]));
        Geometry polygon = FACTORY.createPolygon(shell);
        if (!polygon.isValid()) {
            polygon = GeometryFixer.fix(polygon);
        }
        return areaKm2(polygon);
    }

    /** The polygonal parts of a geometry (the geometry itself when it is a Polygon or MultiPolygon). */
    static Geometry polygonalParts(Geometry g) {
        if (g instanceof Polygonal) {
            return g;
        }
        List<Polygon> polygons = new ArrayList<>();
        collectPolygons(g, polygons);
        return g.getFactory().createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    private static void collectPolygons(Geometry g, List<Polygon> out) {
        if (g instanceof Polygon) {
            out.add((Polygon) g);
        } else if (g instanceof GeometryCollection) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                collectPolygons(g.getGeometryN(i), out);
            }
        }
    }
}

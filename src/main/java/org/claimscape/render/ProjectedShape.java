package org.claimscape.render;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A feature's geometry in unit Web Mercator coordinates (see {@link MapViewport#unitX(double)}), as Java2D
 * paths ready to be transformed to any viewport: areas, lines and points kept apart because they are styled
 * differently. Immutable once built; the paths must not be modified.
 */
final class ProjectedShape {

    static final ProjectedShape EMPTY = new ProjectedShape(null, null, new double[0], 0, null);

    /** Polygons (even-odd), or null. */
    final Path2D.Double area;
    /** Lines, or null. */
    final Path2D.Double line;
    /** Point positions as x0, y0, x1, y1, ... */
    final double[] points;
    /** Vertices in the paths and points. */
    final int vertices;
    /** A point inside the area (or on the line) for the label, unit coordinates; null for none. */
    final Point2D labelPoint;

    private ProjectedShape(Path2D.Double area, Path2D.Double line, double[] points, int vertices,
                           Point2D labelPoint) {
        this.area = area;
        this.line = line;
        this.points = points;
        this.vertices = vertices;
        this.labelPoint = labelPoint;
    }

    /** Builds the shape of a geometry already in unit Web Mercator coordinates. */
    static ProjectedShape of(Geometry unitGeometry, Point2D labelPoint) {
        if (unitGeometry == null || unitGeometry.isEmpty()) {
            return EMPTY;
        }
        Builder b = new Builder();
        b.add(unitGeometry);
        double[] pts = new double[b.pointCount * 2];
        System.arraycopy(b.points, 0, pts, 0, pts.length);
        return new ProjectedShape(b.area, b.line, pts, b.vertices, labelPoint);
    }

    boolean isEmpty() {
        return area == null && line == null && points.length == 0;
    }

    /** The unit-coordinate bounds of the paths (points excluded), or null. */
    Rectangle2D pathBounds() {
        Rectangle2D r = null;
        if (area != null) {
            r = area.getBounds2D();
        }
        if (line != null) {
            r = r == null ? line.getBounds2D() : r.createUnion(line.getBounds2D());
        }
        return r;
    }

    private static final class Builder {
        Path2D.Double area;
        Path2D.Double line;
        double[] points = new double[8];
        int pointCount;
        int vertices;

        void add(Geometry g) {
            if (g instanceof Polygon) {
                Polygon p = (Polygon) g;
                if (area == null) {
                    area = new Path2D.Double(Path2D.WIND_EVEN_ODD);
                }
                ring(area, p.getExteriorRing(), true);
                for (int i = 0; i < p.getNumInteriorRing(); i++) {
                    ring(area, p.getInteriorRingN(i), true);
                }
            } else if (g instanceof LineString) {
                if (line == null) {
                    line = new Path2D.Double();
                }
                ring(line, (LineString) g, false);
            } else if (g instanceof Point) {
                if (pointCount * 2 == points.length) {
                    points = java.util.Arrays.copyOf(points, points.length * 2);
                }
                Coordinate c = g.getCoordinate();
                points[pointCount * 2] = c.x;
                points[pointCount * 2 + 1] = c.y;
                pointCount++;
                vertices++;
            } else {
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    Geometry part = g.getGeometryN(i);
                    if (part != g) {
                        add(part);
                    }
                }
            }
        }

        private void ring(Path2D.Double path, LineString ls, boolean close) {
            int n = ls.getNumPoints();
            if (n == 0) {
                return;
            }
            var seq = ls.getCoordinateSequence();
            path.moveTo(seq.getX(0), seq.getY(0));
            for (int i = 1; i < n; i++) {
                path.lineTo(seq.getX(i), seq.getY(i));
            }
            if (close) {
                path.closePath();
            }
            vertices += n;
        }
    }
}

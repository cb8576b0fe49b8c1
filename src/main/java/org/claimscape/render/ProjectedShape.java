package org.claimscape.render;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
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

    /** Writes the shape for {@link #read}: the label point, the vertex count, both paths and the points. */
    void write(DataOutputStream out) throws IOException {
        out.writeDouble(labelPoint == null ? Double.NaN : labelPoint.getX());
        out.writeDouble(labelPoint == null ? Double.NaN : labelPoint.getY());
        out.writeInt(vertices);
        writePath(out, area);
        writePath(out, line);
        out.writeInt(points.length);
        for (double d : points) {
            out.writeDouble(d);
        }
    }

    /** Reads a shape written by {@link #write}. */
    static ProjectedShape read(DataInputStream in) throws IOException {
        double lx = in.readDouble();
        double ly = in.readDouble();
        int vertices = in.readInt();
        Path2D.Double area = readPath(in, Path2D.WIND_EVEN_ODD);
        Path2D.Double line = readPath(in, Path2D.WIND_NON_ZERO);
        int n = in.readInt();
        if (n < 0 || n % 2 != 0) {
            throw new IOException("bad point count " + n);
        }
        double[] pts = new double[n];
        for (int i = 0; i < n; i++) {
            pts[i] = in.readDouble();
        }
        return new ProjectedShape(area, line, pts, vertices, Double.isNaN(lx) ? null : new Point2D.Double(lx, ly));
    }

    /* Segments as a type byte (move, line, close) and coordinates; -1 ends the path, -2 stands for no path. */
    private static void writePath(DataOutputStream out, Path2D.Double path) throws IOException {
        if (path == null) {
            out.writeByte(-2);
            return;
        }
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            out.writeByte(type);
            if (type == PathIterator.SEG_MOVETO || type == PathIterator.SEG_LINETO) {
                out.writeDouble(c[0]);
                out.writeDouble(c[1]);
            } else if (type != PathIterator.SEG_CLOSE) {
                throw new IllegalStateException("curves are never built from geometry");
            }
        }
        out.writeByte(-1);
    }

    private static Path2D.Double readPath(DataInputStream in, int rule) throws IOException {
        int type = in.readByte();
        if (type == -2) {
            return null;
        }
        Path2D.Double path = new Path2D.Double(rule);
        for (; type != -1; type = in.readByte()) {
            switch (type) {
                case PathIterator.SEG_MOVETO -> path.moveTo(in.readDouble(), in.readDouble());
                case PathIterator.SEG_LINETO -> path.lineTo(in.readDouble(), in.readDouble());
                case PathIterator.SEG_CLOSE -> path.closePath();
                default -> throw new IOException("bad path segment type " + type);
            }
        }
        return path;
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
                    points = Arrays.copyOf(points, points.length * 2);
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

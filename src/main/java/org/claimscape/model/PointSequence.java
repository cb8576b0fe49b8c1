package org.claimscape.model;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequences;
import org.locationtech.jts.geom.Envelope;

/**
 * The coordinate sequence of one two-dimensional point (x, y; no z, no m) held as two fields: one object where a
 * packed sequence takes two (itself and its {@code double[]}), 32 bytes a point instead of 64. Readers build points
 * on it when a file holds many (a million user points); everything else sees a plain {@link CoordinateSequence}.
 *
 * <p>Mutable through {@link #setOrdinate} like every JTS sequence (JTS filters move coordinates in place); treat
 * the sequences of a feature's geometry as read-only, as {@link Feature} says.
 */
public final class PointSequence implements CoordinateSequence {

    private double x;
    private double y;

    public PointSequence(double x, double y) {
        this.x = x;
        this.y = y;
    }

    @Override
    public int getDimension() {
        return 2;
    }

    @Override
    public int getMeasures() {
        return 0;
    }

    @Override
    public Coordinate getCoordinate(int i) {
        check(i);
        return new Coordinate(x, y);
    }

    @Override
    public Coordinate getCoordinateCopy(int i) {
        check(i);
        return new Coordinate(x, y);
    }

    @Override
    public void getCoordinate(int index, Coordinate coord) {
        check(index);
        coord.setX(x);
        coord.setY(y);
    }

    @Override
    public double getX(int index) {
        check(index);
        return x;
    }

    @Override
    public double getY(int index) {
        check(index);
        return y;
    }

    @Override
    public double getZ(int index) {
        check(index);
        return Double.NaN;
    }

    @Override
    public double getM(int index) {
        check(index);
        return Double.NaN;
    }

    @Override
    public double getOrdinate(int index, int ordinateIndex) {
        check(index);
        return switch (ordinateIndex) {
            case CoordinateSequence.X -> x;
            case CoordinateSequence.Y -> y;
            default -> Double.NaN;
        };
    }

    @Override
    public int size() {
        return 1;
    }

    @Override
    public void setOrdinate(int index, int ordinateIndex, double value) {
        check(index);
        switch (ordinateIndex) {
            case CoordinateSequence.X -> x = value;
            case CoordinateSequence.Y -> y = value;
            default -> throw new IllegalArgumentException("a 2D point has no ordinate " + ordinateIndex);
        }
    }

    @Override
    public Coordinate[] toCoordinateArray() {
        return new Coordinate[] {new Coordinate(x, y)};
    }

    @Override
    public Envelope expandEnvelope(Envelope env) {
        env.expandToInclude(x, y);
        return env;
    }

    @Override
    @Deprecated
    public Object clone() {
        return copy();
    }

    @Override
    public PointSequence copy() {
        return new PointSequence(x, y);
    }

    @Override
    public String toString() {
        return CoordinateSequences.toString(this);
    }

    private static void check(int index) {
        if (index != 0) {
            throw new ArrayIndexOutOfBoundsException("a point has one coordinate, not " + (index + 1));
        }
    }
}

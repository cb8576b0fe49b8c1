package org.claimscape.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTWriter;

/** A point on a {@link PointSequence} answers every JTS question as one on a packed 2D sequence does. */
class PointSequenceTest {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326,
            PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

    private static Point compact(double x, double y) {
        return FACTORY.createPoint(new PointSequence(x, y));
    }

    private static Point packed(double x, double y) {
        return FACTORY.createPoint(PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(new double[] {x, y}, 2));
    }

    @Test
    void isATwoDimensionalSequenceOfOnePosition() {
        CoordinateSequence s = new PointSequence(147.25, 45.5);
        assertThat(s.size()).isEqualTo(1);
        assertThat(s.getDimension()).isEqualTo(2);
        assertThat(s.getMeasures()).isZero();
        assertThat(s.hasZ()).isFalse();
        assertThat(s.hasM()).isFalse();
        assertThat(s.getX(0)).isEqualTo(147.25);
        assertThat(s.getY(0)).isEqualTo(45.5);
        assertThat(s.getOrdinate(0, CoordinateSequence.X)).isEqualTo(147.25);
        assertThat(s.getOrdinate(0, CoordinateSequence.Y)).isEqualTo(45.5);
        assertThat(s.getZ(0)).isNaN();
        assertThat(s.getCoordinate(0)).isEqualTo(new Coordinate(147.25, 45.5));
        assertThat(s.toCoordinateArray()).containsExactly(new Coordinate(147.25, 45.5));
        Coordinate into = new Coordinate();
        s.getCoordinate(0, into);
        assertThat(into.x).isEqualTo(147.25);
        assertThat(into.y).isEqualTo(45.5);
        assertThat(s.expandEnvelope(new Envelope())).isEqualTo(new Envelope(147.25, 147.25, 45.5, 45.5));
        assertThatThrownBy(() -> s.getX(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aPointOnItEqualsAndWritesAsAPointOnAPackedSequence() throws Exception {
        Point a = compact(-179.5, 89.25);
        Point b = packed(-179.5, 89.25);
        assertThat(a.equalsExact(b)).isTrue();
        assertThat(b.equalsExact(a)).isTrue();
        assertThat(a.equalsTopo(b)).isTrue();
        assertThat(a.getEnvelopeInternal()).isEqualTo(b.getEnvelopeInternal());
        assertThat(a.getCoordinate()).isEqualTo(b.getCoordinate());
        assertThat(new WKTWriter().write(a)).isEqualTo(new WKTWriter().write(b));
        byte[] wkb = new WKBWriter().write(a);
        assertThat(wkb).isEqualTo(new WKBWriter().write(b));
        assertThat(new WKBReader().read(wkb).equalsExact(a)).isTrue();
        assertThat(a.isValid()).isTrue();
        assertThat(a.distance(compact(-179.5, 88.25))).isEqualTo(1.0);
        assertThat(a.buffer(1).contains(b)).isTrue();
    }

    @Test
    void copiesAreIndependentAndFiltersMoveThePoint() {
        Point p = compact(10, 20);
        Point copy = (Point) p.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                seq.setOrdinate(i, CoordinateSequence.X, seq.getX(i) + 1);
                seq.setOrdinate(i, CoordinateSequence.Y, seq.getY(i) * 2);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        assertThat(copy.getX()).isEqualTo(11);
        assertThat(copy.getY()).isEqualTo(40);
        assertThat(copy.getEnvelopeInternal()).isEqualTo(new Envelope(11, 11, 40, 40));
        assertThat(p.getX()).isEqualTo(10);
        assertThat(p.getY()).isEqualTo(20);
        assertThatThrownBy(() -> new PointSequence(1, 2).setOrdinate(0, CoordinateSequence.Z, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

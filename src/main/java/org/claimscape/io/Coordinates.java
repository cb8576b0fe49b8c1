package org.claimscape.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * A GeoJSON {@code coordinates} member as read: a geometry's members may come in any order, so its coordinates
 * are read before its type says how deep they must be, and checked against it afterwards.
 */
sealed interface Coordinates permits Coordinates.Position, Coordinates.PositionList, Coordinates.Nested {

    /** One position [lon, lat] or [lon, lat, z]; z is NaN when absent. */
    record Position(double x, double y, double z) implements Coordinates {
    }

    /**
     * An array of positions, possibly empty ({@code []}), with where it starts in the file. The positions are
     * flat x, y, z in {@code xyz} (z NaN when absent; the array may be longer than needed); dimension is 3 when
     * any position has a z. The array is not copied, so equality is identity.
     */
    record PositionList(double[] xyz, int count, int dimension, JsonLocation start) implements Coordinates {

        static PositionList empty(JsonLocation start) {
            return new PositionList(new double[0], 0, 2, start);
        }

        double x(int i) {
            return xyz[i * 3];
        }

        double y(int i) {
            return xyz[i * 3 + 1];
        }

        boolean isEmpty() {
            return count == 0;
        }

        /** Whether the last position has the x, y of the first. */
        boolean closed() {
            return count > 0 && x(0) == x(count - 1) && y(0) == y(count - 1);
        }

        CoordinateSequence toSequence() {
            double[] packed = new double[count * dimension];
            for (int i = 0; i < count; i++) {
                packed[i * dimension] = x(i);
                packed[i * dimension + 1] = y(i);
                if (dimension == 3) {
                    packed[i * dimension + 2] = xyz[i * 3 + 2];
                }
            }
            return PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(packed, dimension);
        }
    }

    /** An array of arrays of positions, or deeper; never empty ({@code []} is an empty {@link PositionList}). */
    record Nested(List<Coordinates> parts) implements Coordinates {
    }
}

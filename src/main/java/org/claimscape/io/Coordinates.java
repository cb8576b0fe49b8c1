package org.claimscape.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * A GeoJSON {@code coordinates} member as read: a geometry's members may come in any order, so its coordinates
 * are read before its type says how deep they must be, and checked against it afterwards.
 */
sealed interface Coordinates permits Coordinates.Position, Coordinates.PositionList, Coordinates.Nested {

    /** One position [lon, lat], [lon, lat, z] or longer; z is NaN when absent; arity is how many numbers it has. */
    record Position(double x, double y, double z, int arity) implements Coordinates {
    }

    /**
     * An array of positions, possibly empty ({@code []}), with where it starts in the file. The positions are
     * flat x, y, z in {@code xyz} (z NaN when absent; the array may be longer than needed); dimension is 3 when
     * any position has a z. {@code closed} says whether the last position repeats the first in every number
     * (RFC 7946 §3.1.6), {@code firstArity} and {@code lastArity} how many numbers those two have. The array is
     * not copied, so equality is identity.
     */
    record PositionList(double[] xyz, int count, int dimension, boolean closed, int firstArity, int lastArity,
                        JsonLocation start) implements Coordinates {

        static PositionList empty(JsonLocation start) {
            return new PositionList(new double[0], 0, 2, false, 0, 0, start);
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

        /** Position i as written, for messages: "[100, 0, 4.9]"; numbers after the third are shown as "…". */
        String show(int i, int arity) {
            StringBuilder sb = new StringBuilder("[").append(num(x(i))).append(", ").append(num(y(i)));
            if (arity > 2) {
                sb.append(", ").append(num(xyz[i * 3 + 2]));
            }
            if (arity > 3) {
                sb.append(", …");
            }
            return sb.append(']').toString();
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

        private static String num(double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                    : String.format(Locale.ROOT, "%s", d);
        }
    }

    /** An array of arrays of positions, or deeper; never empty ({@code []} is an empty {@link PositionList}). */
    record Nested(List<Coordinates> parts) implements Coordinates {
    }
}

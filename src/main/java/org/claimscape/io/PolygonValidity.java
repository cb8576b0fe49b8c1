package org.claimscape.io;

import java.util.Locale;
import org.claimscape.analysis.FastValidityCheck;
import org.claimscape.analysis.ValidGeometryMemo;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** The polygon validity check of one read, which remembers what it found valid. Not thread-safe. */
final class PolygonValidity {

    /** Proves most valid polygons valid without IsValidOp; made on the first polygon. */
    private FastValidityCheck quick;
    /** The polygonal geometries found valid so far, so that a repeated one is not checked again. */
    private ValidGeometryMemo valid;

    /** What is wrong with {@code g}, worded for the user, or null when it is valid or not polygonal. */
    IoText.Message problem(Geometry g) {
        if (g.getDimension() < 2) {
            return null;
        }
        if (quick == null) {
            quick = new FastValidityCheck();
            valid = new ValidGeometryMemo();
        }
        if (valid.contains(g)) {
            return null; // the same coordinates were found valid earlier in this file
        }
        // Most valid polygons are proved so quickly; IsValidOp decides the others and words the error.
        TopologyValidationError err = quick.provesValid(g) ? null : new IsValidOp(g).getValidationError();
        if (err == null) {
            valid.add(g);
            return null;
        }
        Coordinate c = err.getCoordinate();
        int type = err.getErrorType();
        // JTS words its errors in English only: ours, by the error's type, in every language
        Object what = type >= 0 && type <= 11 ? IoText.of("io.jts." + type)
                : IoText.literal(err.getMessage().toLowerCase(Locale.ROOT));
        return c == null ? IoText.of("io.invalid", g.getGeometryType(), what)
                : IoText.of("io.invalid-at", g.getGeometryType(), what, c.x, c.y);
    }
}

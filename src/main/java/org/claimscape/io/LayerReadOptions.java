package org.claimscape.io;

import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * How the readers of every layer format read: repair invalid polygons, check polygon validity, report progress and
 * stop when cancelled; the same choices {@link GeoJsonLayerReader} offers. Immutable.
 *
 * @param repair    invalid polygons are repaired with JTS GeometryFixer and kept, with a warning, instead of dropped
 * @param validate  whether polygons are checked for validity
 * @param progress  told from time to time how far the read is, in bytes of the file that was opened (for formats
 *                  read by record, such as GeoPackage, an estimate from the records read)
 * @param cancelled polled while reading; when it returns true the read stops with a CancellationException
 */
public record LayerReadOptions(boolean repair, boolean validate, LongConsumer progress, BooleanSupplier cancelled) {

    /** Validate, do not repair, no progress, never cancelled. */
    public static LayerReadOptions defaults() {
        return new LayerReadOptions(false, true, bytes -> { }, () -> false);
    }

    public LayerReadOptions withRepair(boolean on) {
        return new LayerReadOptions(on, validate, progress, cancelled);
    }

    public LayerReadOptions withValidation(boolean on) {
        return new LayerReadOptions(repair, on, progress, cancelled);
    }

    public LayerReadOptions withProgress(LongConsumer bytesRead) {
        return new LayerReadOptions(repair, validate, bytesRead, cancelled);
    }

    public LayerReadOptions withCancellation(BooleanSupplier isCancelled) {
        return new LayerReadOptions(repair, validate, progress, isCancelled);
    }

    /** The same options for the GeoJSON reader. */
    public GeoJsonLayerReader geoJsonReader() {
        return new GeoJsonLayerReader().withRepair(repair).withValidation(validate).withProgress(progress)
                .withCancellation(cancelled);
    }
}

package org.claimscape.io;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.claimscape.model.Feature;

/**
 * How the readers of every layer format read: repair invalid polygons, check polygon validity, report progress and
 * stop when cancelled; the same choices {@link GeoJsonLayerReader} offers. Immutable.
 *
 * @param repair    invalid polygons are repaired with JTS GeometryFixer and kept, with a warning, instead of dropped
 * @param validate  whether polygons are checked for validity
 * @param progress  told from time to time how far the read is, in bytes of the file that was opened (for formats
 *                  read by record, such as GeoPackage, an estimate from the records read)
 * @param cancelled polled while reading; when it returns true the read stops with a CancellationException
 * @param sink      null to keep the sound features in the result; else each is handed to it once it is known to be
 *                  sound, in file order, and not kept (the result's features are then empty): a summary of a file
 *                  of any size in little memory
 */
public record LayerReadOptions(boolean repair, boolean validate, LongConsumer progress, BooleanSupplier cancelled,
                               Consumer<Feature> sink) {

    /** Options that keep the features in the result. */
    public LayerReadOptions(boolean repair, boolean validate, LongConsumer progress, BooleanSupplier cancelled) {
        this(repair, validate, progress, cancelled, null);
    }

    /** Validate, do not repair, no progress, never cancelled. */
    public static LayerReadOptions defaults() {
        return new LayerReadOptions(false, true, bytes -> { }, () -> false);
    }

    public LayerReadOptions withRepair(boolean on) {
        return new LayerReadOptions(on, validate, progress, cancelled, sink);
    }

    public LayerReadOptions withValidation(boolean on) {
        return new LayerReadOptions(repair, on, progress, cancelled, sink);
    }

    public LayerReadOptions withProgress(LongConsumer bytesRead) {
        return new LayerReadOptions(repair, validate, bytesRead, cancelled, sink);
    }

    public LayerReadOptions withCancellation(BooleanSupplier isCancelled) {
        return new LayerReadOptions(repair, validate, progress, isCancelled, sink);
    }

    /** The sound features go to {@code featureSink} instead of the result (see {@code sink} above). */
    public LayerReadOptions streamingTo(Consumer<Feature> featureSink) {
        return new LayerReadOptions(repair, validate, progress, cancelled, featureSink);
    }

    /** The same options for the GeoJSON reader. */
    public GeoJsonLayerReader geoJsonReader() {
        return new GeoJsonLayerReader().withRepair(repair).withValidation(validate).withProgress(progress)
                .withCancellation(cancelled).streamingTo(sink);
    }
}

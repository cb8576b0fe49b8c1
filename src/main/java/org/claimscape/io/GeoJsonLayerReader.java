package org.claimscape.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonProblem.Severity;
import org.claimscape.io.ReadSession.Options;
import org.claimscape.model.Feature;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Reads GeoJSON (RFC 7946) into {@link Feature}s in one streaming pass with Jackson: the text is never held
 * in memory, so a file of any size reads in memory proportional to its features.
 *
 * <p>Accepts a FeatureCollection, a single Feature, or a bare geometry; members may come in any order;
 * foreign members are ignored. A UTF-8 BOM, UTF-16 and gzip ({@code .gz}) are handled. The text is judged by
 * the letter of RFC 7946: what it requires (MUST) is an error, what it advises (SHOULD) a warning. Every problem
 * is reported with file, line, column and, when inside a feature, its index (see {@link GeoJsonProblem}); a
 * feature with an error is left out, the others are kept. Options: repair invalid polygons with JTS {@link GeometryFixer}, skip the
 * validity check, report progress in bytes, and cancel.
 *
 * <p>Instances are immutable and may be shared; each {@code read} call is independent.
 */
public final class GeoJsonLayerReader {

    /** Deepest JSON nesting accepted; GeoJSON needs 8 or so, properties rarely more than a few. */
    public static final int MAX_DEPTH = 64;

    private final Options options;

    /** A reader that checks polygon validity, does not repair, reports no progress and is never cancelled. */
    public GeoJsonLayerReader() {
        this(new Options(false, true, bytes -> { }, () -> false, null));
    }

    private GeoJsonLayerReader(Options options) {
        this.options = options;
    }

    /** Invalid polygons are repaired with {@link GeometryFixer} and kept, with a warning, instead of dropped. */
    public GeoJsonLayerReader withRepair(boolean on) {
        return new GeoJsonLayerReader(new Options(on, options.validate(), options.progress(), options.cancelled(),
                options.sink()));
    }

    /** Whether to run the JTS validity check on polygons (on by default). */
    public GeoJsonLayerReader withValidation(boolean on) {
        return new GeoJsonLayerReader(new Options(options.repair(), on, options.progress(), options.cancelled(),
                options.sink()));
    }

    /** Receives the number of bytes read so far, from time to time. */
    public GeoJsonLayerReader withProgress(LongConsumer bytesRead) {
        return new GeoJsonLayerReader(new Options(options.repair(), options.validate(), bytesRead,
                options.cancelled(), options.sink()));
    }

    /** Polled while reading; when it returns true, the read stops with a {@link CancellationException}. */
    public GeoJsonLayerReader withCancellation(BooleanSupplier isCancelled) {
        return new GeoJsonLayerReader(new Options(options.repair(), options.validate(), options.progress(),
                isCancelled, options.sink()));
    }

    /**
     * Each sound feature goes to {@code sink} as soon as it is known to be sound, in file order, instead of into the
     * result, whose features are then empty (null: keep them, the default). Problems, counts and completeness are
     * reported as always: a file of any size is checked or summarised in little memory.
     */
    public GeoJsonLayerReader streamingTo(Consumer<Feature> sink) {
        return new GeoJsonLayerReader(new Options(options.repair(), options.validate(), options.progress(),
                options.cancelled(), sink));
    }

    /**
     * Reads a file; a name ending in {@code .gz} is decompressed. I/O failures (missing file, unreadable)
     * become an {@link Kind#IO_ERROR} problem, not an exception.
     *
     * @throws CancellationException when cancelled
     */
    public GeoJsonReadResult read(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            long need = estimateHeapBytes(size, name.endsWith(".gz"));
            long available = availableHeapBytes();
            if (need > available && options.sink() == null) {
                GeoJsonProblem p = new GeoJsonProblem(name, -1, -1, -1, null, Kind.TOO_LARGE, Severity.ERROR,
                        IoText.of("io.read.too-large-file", size >> 20, need >> 20, available >> 20));
                return new GeoJsonReadResult(name, List.of(), List.of(p), false, 0);
            }
        } catch (IOException e) {
            // missing or unreadable: reported below when opening
        }
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            return failed(name, IoText.of("io.read.not-found"));
        } catch (IOException e) {
            return failed(name, IoText.of("io.read.cannot-open", String.valueOf(e.getMessage())));
        }
        try (InputStream stream = in) {
            InputStream body = new BufferedInputStream(stream, 1 << 16);
            if (name.endsWith(".gz")) {
                body = new GZIPInputStream(body, 1 << 16);
            }
            return read(body, name);
        } catch (IOException e) {
            return failed(name, IoText.of("io.read.cannot-read-file", String.valueOf(e.getMessage())));
        }
    }

    /**
     * Reads a stream (not closed here). Detects UTF-8 (with or without BOM), UTF-16 and UTF-32.
     *
     * @param name the name to use in problem reports
     * @throws CancellationException when cancelled
     */
    public GeoJsonReadResult read(InputStream in, String name) {
        return new ReadSession(name, options).read(in);
    }

    /**
     * Heap needed to hold the features of a GeoJSON file of this size: measured at 2.8 to 3.6 bytes of heap per
     * byte of text (the GSHHG coastline, 300,000 small point features, the claims layer), so 4 is used.
     * Gzip text is taken to be 8 times its compressed size.
     */
    static long estimateHeapBytes(long fileBytes, boolean gzip) {
        return (gzip ? 8 : 1) * fileBytes * 4;
    }

    private static long availableHeapBytes() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    private static GeoJsonReadResult failed(String name, IoText.Message message) {
        GeoJsonProblem p = new GeoJsonProblem(name, -1, -1, -1, null, Kind.IO_ERROR, Severity.ERROR, message);
        return new GeoJsonReadResult(name, List.of(), List.of(p), false, 0);
    }
}

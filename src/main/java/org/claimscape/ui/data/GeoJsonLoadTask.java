package org.claimscape.ui.data;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.csv.CsvColumns;
import org.claimscape.io.csv.CsvLayerReader;
import org.claimscape.io.format.LayerFormat;
import org.claimscape.io.format.LayerFormats;
import org.claimscape.model.Layer;
import org.claimscape.render.PointDensity;
import org.claimscape.render.PointGrid;
import org.claimscape.ui.text.UiText;

/**
 * Reads one layer file, in any format {@link LayerFormats} knows, on a background thread: progress in bytes of text read out of the file's size (for
 * {@code .gz}, out of the uncompressed size recorded in the gzip trailer), cancellable at any feature. The layer
 * of the sound features and its spatial index are built here too, so the FX thread only inserts it. The reader's
 * problems come back in {@link Loaded#read()}; a cancelled task leaves nothing behind. A CSV file whose geometry
 * columns cannot be told from their names (or no longer has the columns given) is not read: its header comes back
 * for the user to choose from.
 */
public final class GeoJsonLoadTask extends Task<GeoJsonLoadTask.Loaded> {

    /**
     * What the read gave.
     *
     * @param file  the file
     * @param read  the reader's result (features and problems)
     * @param layer the layer of the sound features, or null when there are none
     * @param csvHeader the header of a CSV file whose geometry columns must be chosen (read and layer are then
     *                  null), else null
     */
    public record Loaded(Path file, GeoJsonReadResult read, Layer layer, CsvLayerReader.Header csvHeader) {
    }

    private final Path file;
    private final String layerId;
    private final String title;
    private final CsvColumns csvColumns;
    private volatile CsvColumns csvColumnsUsed;

    public GeoJsonLoadTask(Path file, String layerId, String title) {
        this(file, layerId, title, null);
    }

    /** @param csvColumns the geometry columns of a CSV file, or null to find them by their names */
    public GeoJsonLoadTask(Path file, String layerId, String title, CsvColumns csvColumns) {
        this.file = file;
        this.layerId = layerId;
        this.title = title;
        this.csvColumns = csvColumns;
        updateTitle(title);
    }

    public Path file() {
        return file;
    }

    /** The CSV geometry columns the read used as given (null when it found them by their names), once done. */
    public CsvColumns csvColumnsUsed() {
        return csvColumnsUsed;
    }

    @Override
    protected Loaded call() throws java.io.IOException {
        LayerFormat format = LayerFormats.detect(file);
        CsvColumns columns = csvColumns;
        if ((format == LayerFormat.CSV || format == LayerFormat.TSV) && Files.isRegularFile(file)) {
            CsvLayerReader.Header header = CsvLayerReader.header(file);
            /* Columns chosen for the file as it was (a workspace's): gone from it now, they are chosen again. */
            if (columns != null && !header.columns().containsAll(columns.isWkt() ? List.of(columns.wkt())
                    : List.of(columns.latitude(), columns.longitude()))) {
                columns = null;
            }
            if (columns == null && header.detected().isEmpty() && !header.columns().isEmpty()) {
                return new Loaded(file, null, null, header);
            }
        }
        csvColumnsUsed = columns;
        long total = textSize(file);
        updateMessage(total > 0 ? UiText.get("data.reading.size", file.getFileName(), megabytes(total))
                : UiText.get("data.reading", file.getFileName()));
        LayerReadOptions options = LayerReadOptions.defaults()
                .withProgress(bytes -> {
                    if (total > 0) {
                        updateProgress(Math.min(bytes, total), total);
                        updateMessage(UiText.get("data.reading.progress", file.getFileName(),
                                megabytes(Math.min(bytes, total)), megabytes(total)));
                    }
                })
                .withCancellation(this::isCancelled);
        GeoJsonReadResult result = LayerFormats.read(file, format, options, columns);
        if (isCancelled()) {
            throw new CancellationException();
        }
        updateMessage(UiText.get("data.indexing", result.features().size(), file.getFileName()));
        Layer layer = result.features().isEmpty() ? null : result.toPartialLayer(layerId, title);
        if (layer != null && PointDensity.mayAggregate(layer)) {
            /* Here, off the FX thread: the first map with a million points then only counts its squares. */
            PointGrid.of(layer);
        }
        if (isCancelled()) {
            throw new CancellationException();
        }
        updateProgress(1, 1);
        return new Loaded(file, result, layer, null);
    }

    /**
     * Bytes of GeoJSON text in the file: its size, or for gzip the ISIZE of the trailer (uncompressed size mod
     * 2^32; ignored when it is evidently wrapped). -1 when unknown.
     */
    static long textSize(Path file) {
        try {
            long size = Files.size(file);
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") || size < 18) {
                return size;
            }
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                raf.seek(size - 4);
                long isize = (raf.read() & 0xFFL) | (raf.read() & 0xFFL) << 8 | (raf.read() & 0xFFL) << 16
                        | (raf.read() & 0xFFL) << 24;
                return isize >= size ? isize : -1;
            }
        } catch (IOException e) {
            return -1;
        }
    }

    static String megabytes(long bytes) {
        return UiText.get("data.megabytes", bytes < 10L << 20 ? UiText.number(bytes / 1048576.0, 1)
                : UiText.integer(bytes >> 20));
    }
}

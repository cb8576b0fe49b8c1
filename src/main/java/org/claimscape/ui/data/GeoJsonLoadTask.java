package org.claimscape.ui.data;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import org.claimscape.io.GeoJsonLayerReader;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.model.Layer;
import org.claimscape.ui.text.UiText;

/**
 * Reads one GeoJSON file on a background thread: progress in bytes of text read out of the file's size (for
 * {@code .gz}, out of the uncompressed size recorded in the gzip trailer), cancellable at any feature. The layer
 * of the sound features and its spatial index are built here too, so the FX thread only inserts it. The reader's
 * problems come back in {@link Loaded#read()}; a cancelled task leaves nothing behind.
 */
public final class GeoJsonLoadTask extends Task<GeoJsonLoadTask.Loaded> {

    /**
     * What the read gave.
     *
     * @param file  the file
     * @param read  the reader's result (features and problems)
     * @param layer the layer of the sound features, or null when there are none
     */
    public record Loaded(Path file, GeoJsonReadResult read, Layer layer) {
    }

    private final Path file;
    private final String layerId;
    private final String title;

    public GeoJsonLoadTask(Path file, String layerId, String title) {
        this.file = file;
        this.layerId = layerId;
        this.title = title;
        updateTitle(title);
    }

    public Path file() {
        return file;
    }

    @Override
    protected Loaded call() {
        long total = textSize(file);
        updateMessage(total > 0 ? UiText.get("data.reading.size", file.getFileName(), megabytes(total))
                : UiText.get("data.reading", file.getFileName()));
        GeoJsonLayerReader reader = new GeoJsonLayerReader()
                .withProgress(bytes -> {
                    if (total > 0) {
                        updateProgress(Math.min(bytes, total), total);
                        updateMessage(UiText.get("data.reading.progress", file.getFileName(),
                                megabytes(Math.min(bytes, total)), megabytes(total)));
                    }
                })
                .withCancellation(this::isCancelled);
        GeoJsonReadResult result = reader.read(file);
        if (isCancelled()) {
            throw new CancellationException();
        }
        updateMessage(UiText.get("data.indexing", result.features().size(), file.getFileName()));
        Layer layer = result.features().isEmpty() ? null : result.toPartialLayer(layerId, title);
        if (isCancelled()) {
            throw new CancellationException();
        }
        updateProgress(1, 1);
        return new Loaded(file, result, layer);
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

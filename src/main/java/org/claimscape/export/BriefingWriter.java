package org.claimscape.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.claimscape.render.LayerView;

/** Writes a briefing page to a file in one format. Writes are atomic: a failed write leaves no partial file. */
public interface BriefingWriter {

    /**
     * Lays out and writes the page.
     *
     * @param page      the settings
     * @param layers    the available layers, bottom first ({@link BriefingPageRenderer#selectLayers} picks)
     * @param target    the file to (re)place
     * @param cancelled polled while drawing; when it turns true the write is abandoned and the target untouched
     * @return what was drawn
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    BriefingPageRenderer.Result write(BriefingPage page, List<LayerView> layers, Path target,
                                      BooleanSupplier cancelled) throws IOException;

    /** The writer for a format name: pdf, png or svg. */
    static BriefingWriter forFormat(String format, int dpi) {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "pdf":
                return new PdfBriefingWriter();
            case "png":
                return new PngBriefingWriter(dpi);
            case "svg":
                return new SvgBriefingWriter();
            default:
                throw new IllegalArgumentException("unknown format: " + format + " (pdf, png or svg)");
        }
    }
}

package org.claimscape.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.LayerView;
import org.locationtech.jts.geom.Envelope;

/**
 * Times briefing exports of the bundled layers (not a test: run its main): A4 landscape PDF, 300-dpi PNG and
 * SVG, first export in a fresh JVM and the median of later ones. Writes the files to target/preview.
 */
public final class BriefingExportBench {

    private BriefingExportBench() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of("target/preview");
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        BundledLayers b = BundledLayers.load();
        List<LayerView> layers = LayerView.fromCatalog(b.catalog(), b::layer);
        System.out.printf(Locale.ROOT, "load bundled layers: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        BriefingPage page = BriefingPage.defaults().withAsOf(LocalDate.of(2026, 1, 1))
                .withSubtitle("Claims, militarization and joint economic activities");
        time("A4 landscape PDF", new PdfBriefingWriter(), page, layers, out.resolve("page-a4.pdf"), 5);
        time("A4 landscape PNG 300 dpi", new PngBriefingWriter(300), page, layers, out.resolve("page-a4.png"), 3);
        time("A4 landscape SVG", new SvgBriefingWriter(), page, layers, out.resolve("page-a4.svg"), 5);
        new PdfBriefingWriter().write(page.withLandscape(false).withViewpoint(Viewpoint.JAPANESE)
                .withTitle(Viewpoint.JAPANESE.islandGroupName() + " — 北方領土"), layers,
                out.resolve("page-a4-portrait-ja.pdf"), () -> false);
        new PdfBriefingWriter().write(page.withPaper(BriefingPage.Paper.A3).withViewpoint(Viewpoint.RUSSIAN)
                .withTitle("Южные Курилы — Southern Kurils").withAsOf(LocalDate.of(1900, 1, 1))
                .withBbox(new Envelope(141, 157, 42, 51.5)), layers,
                out.resolve("page-a3-ru-1900.pdf"), () -> false);
    }

    private static void time(String what, BriefingWriter w, BriefingPage page, List<LayerView> layers, Path file,
                             int n) throws IOException {
        long t0 = System.nanoTime();
        w.write(page, layers, file, () -> false);
        double first = (System.nanoTime() - t0) / 1e6;
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            w.write(page, layers, file, () -> false);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%s: first %.0f ms, then median %.0f ms (wall clock), %d KB%n", what, first,
                ms[n / 2], Files.size(file) / 1024);
    }
}

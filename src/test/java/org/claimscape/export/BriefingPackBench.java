package org.claimscape.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.claimscape.io.BundledLayers;
import org.claimscape.render.LayerView;

/**
 * Times the parts of a briefing pack and of a --compare page (not a test: run its main): the claim comparison
 * (numbers and difference geometries), one compare page, the whole pack. Writes to target/preview.
 */
public final class BriefingPackBench {

    private BriefingPackBench() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of("target/preview");
        Files.createDirectories(out);
        BundledLayers b = BundledLayers.load();
        List<LayerView> layers = LayerView.fromCatalog(b.catalog(), b::layer);
        LocalDate d = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            ComparisonOverlay c = BriefingPackWriter.comparison(b.layer("claims"), b.layer("islands"), "jp-claim",
                    "declaration-1956", d);
            long t1 = System.nanoTime();
            new PdfBriefingWriter(new BriefingPageRenderer().withComparison(c)).write(BriefingPage.defaults()
                    .withAsOf(d), layers, out.resolve("compare.pdf"), () -> false);
            long t2 = System.nanoTime();
            new PdfBriefingWriter().write(BriefingPage.defaults().withAsOf(d), layers, out.resolve("plain.pdf"),
                    () -> false);
            long t3 = System.nanoTime();
            int n = new BriefingPackWriter().write(BriefingPackWriter.standard(BriefingPage.defaults().withAsOf(d),
                    b::layer, null), layers, out.resolve("pack.pdf"), () -> false, null);
            long t4 = System.nanoTime();
            System.out.printf(Locale.ROOT, "run %d: comparison %.0f ms, compare page %.0f ms, plain A4 PDF %.0f ms,"
                    + " pack of %d pages %.0f ms%n", i + 1, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, n,
                    (t4 - t3) / 1e6);
        }
    }
}

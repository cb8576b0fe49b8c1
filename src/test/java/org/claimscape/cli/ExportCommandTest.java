package org.claimscape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ExportCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void exportsAPdfWithTheGivenTitleDateAndViewpoint() throws Exception {
        Path pdf = dir.resolve("b.pdf");
        int rc = run("--out", pdf.toString(), "--page", "a3", "--title", "Test briefing", "--date", "1990-06-01",
                "--viewpoint", "ru", "--layers", "claims,military", "--bbox", "145,43,149,46");
        assertThat(rc).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Wrote", "PDF", "A3", "portrait");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isGreaterThan(1190f);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Test briefing", "As of 1 June 1990", "Viewpoint: Russian", "146°E");
        }
    }

    @Test
    void formatComesFromTheExtensionAndDpiSetsThePngSize() throws Exception {
        Path png = dir.resolve("b.png");
        assertThat(run("--out", png.toString(), "--landscape", "--dpi", "72")).as(err.toString()).isZero();
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(842);
        assertThat(img.getHeight()).isEqualTo(595);
        Path svg = dir.resolve("b.out");
        assertThat(run("--out", svg.toString(), "--format", "svg")).isZero();
        assertThat(Files.readString(svg)).contains("<svg");
    }

    @Test
    void badArgumentsAreUsageErrorsAndWriteNothing() {
        Path pdf = dir.resolve("x.pdf");
        assertThat(run("--out", pdf.toString(), "--bbox", "149,43,145,46")).isEqualTo(2);
        assertThat(err.toString()).contains("--bbox");
        assertThat(run("--out", pdf.toString(), "--layers", "nope")).isEqualTo(2);
        assertThat(run("--out", pdf.toString(), "--viewpoint", "martian")).isEqualTo(2);
        assertThat(run("--out", dir.resolve("x.doc").toString())).isEqualTo(2);
        assertThat(run("--out", pdf.toString(), "--date", "yesterday")).isEqualTo(2);
        assertThat(pdf).doesNotExist();
    }
}

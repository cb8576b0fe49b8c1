package org.claimscape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
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
            assertThat(text).contains("Test briefing", "На 1 июня 1990 г.", "Точка зрения: Российская", "146°E");
        }
    }

    @Test
    void formatComesFromTheExtensionAndDpiSetsThePngSize() throws Exception {
        Path png = dir.resolve("b.png");
        assertThat(run("--out", png.toString(), "--landscape", "--dpi", "72")).as(err.toString()).isZero();
        BufferedImage img = ImageIO.read(png.toFile());
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

    @Test
    void compareDrawsTheDifferenceAndPrintsTheNumbers() throws Exception {
        Path pdf = dir.resolve("cmp.pdf");
        int rc = run("--out", pdf.toString(), "--landscape", "--compare", "jp-claim,declaration-1956", "--date",
                "2023-01-01");
        assertThat(rc).as(err.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // The map, then the Sources annex if its footer could not cite the sources in full.
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            String text = first.getText(doc);
            if (doc.getNumberOfPages() > 1) {
                assertThat(text).contains("full citations on page 2");
            }
            assertThat(text).contains("Claim comparison (as of 1 Jan 2023)", "A only", "B only", "Both claims",
                    "Iturup / Etorofu", "Shikotan", "Total", "km²");
            /* Iturup is wholly in Japan's claim and outside the 1956 formula: its land shows up as A only. */
            assertThat(text).containsPattern("Iturup / Etorofu\\s+3,\\d{3}\\s+3,\\d{3}");
        }
    }

    @Test
    void compareRejectsUnknownClaims() {
        Path pdf = dir.resolve("x.pdf");
        assertThat(run("--out", pdf.toString(), "--compare", "jp-claim,atlantis")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown claim 'atlantis'", "declaration-1956");
        assertThat(run("--out", pdf.toString(), "--compare", "jp-claim")).isEqualTo(2);
        assertThat(pdf).doesNotExist();
    }

    @Test
    void packWritesOnePdfWithOverviewIslandsComparisonAndTimeline() throws Exception {
        Path pdf = dir.resolve("pack.pdf");
        int rc = run("--out", pdf.toString(), "--pack", "--landscape", "--date", "2023-01-01", "--handling",
                "For internal briefing");
        assertThat(rc).as(err.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // Eight sheets, then the Sources annex.
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(8);
            assertThat(out.toString()).contains(pages + " pages");
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children()).hasSize(9);
            PDFTextStripper annex = new PDFTextStripper();
            annex.setStartPage(9);
            assertThat(annex.getText(doc)).contains("For internal briefing", "Sources", "[1] MOFA Japan");
            String[] titles = {"overview", "Iturup / Etorofu", "Kunashir / Kunashiri", "Shikotan", "Habomai group",
                "Claim comparison", "Militarization: military sites", "Militarization timeline 1978–2022"};
            for (int i = 0; i < titles.length; i++) {
                PDFTextStripper page = new PDFTextStripper();
                page.setStartPage(i + 1);
                page.setEndPage(i + 1);
                String text = page.getText(doc);
                assertThat(text).as("page " + (i + 1)).contains(titles[i], "For internal briefing",
                        "As of 1 January 2023");
                if (i < 7) {
                    assertThat(text).as("page " + (i + 1)).contains("Legend", "GSHHG", "km", "nm");
                }
            }
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(8);
            last.setEndPage(8);
            String timeline = last.getText(doc);
            // Sources by their numbers in the annex, not the data's keys.
            assertThat(timeline).contains("18th Machine Gun Artillery Division HQ", "1978-05-19", "2016-11-18",
                    "Bastion", "Sources page (page 9)").doesNotContain("[S41]").containsPattern("\\[\\d+\\]");
            assertThat(timeline).doesNotContain("Burevestnik");
        }
    }

    @Test
    void packIsPdfOnly() {
        assertThat(run("--out", dir.resolve("p.png").toString(), "--pack")).isEqualTo(2);
        assertThat(err.toString()).contains("--pack writes a PDF");
    }
}

package org.claimscape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.claimscape.io.WorkspaceWriter;
import org.claimscape.model.Viewpoint;
import org.claimscape.model.Workspace;
import org.claimscape.render.LayerStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --workspace}: the saved view rendered headless, with the user's own layer and page settings. */
class ExportWorkspaceTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ClaimscapeCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path workspace(Path sites, Workspace.Page page) throws IOException {
        Workspace w = new Workspace(List.of(
                new Workspace.LayerEntry("user-posts", sites, "Reported posts", true, 1.0,
                        new LayerStyle(null, new Color(0xD55E00), 2f, "border-post", "name").toWorkspace()),
                new Workspace.LayerEntry("military", null, null, false, 1.0, null),
                new Workspace.LayerEntry("claims", null, null, true, 0.8, null),
                new Workspace.LayerEntry("land", null, null, true, 1.0, null)),
                new Workspace.View(44.0, 145.9, 10), LocalDate.of(2020, 6, 1), Viewpoint.JAPANESE, null, page);
        Path ws = tmp.resolve("brief.claimscape");
        new WorkspaceWriter().write(w, ws);
        return ws;
    }

    private Path sites() throws IOException {
        return Files.writeString(tmp.resolve("posts.geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"Post Kappa\",\"type\":\"border-post\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[145.86,44.02]}}]}");
    }

    @Test
    void exportRendersTheSavedWorkspaceWithItsPageSettings() throws IOException {
        Path ws = workspace(sites(), new Workspace.Page("a4", true, "Kunashiri posts briefing", "From a workspace",
                "FOR TRAINING", 150));
        Path pdf = tmp.resolve("brief.pdf");
        assertThat(run("export", "--workspace", ws.toString(), "--out", pdf.toString())).as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("landscape").contains("viewpoint ja").contains("as of 2020-06-01");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Kunashiri posts briefing").contains("From a workspace").contains("FOR TRAINING")
                    .contains("Post Kappa");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox()
                    .getHeight());
        }
    }

    @Test
    void optionsOverrideTheWorkspaceAndAMissingFileIsLeftOutWithANote() throws IOException {
        Path sites = sites();
        Path ws = workspace(sites, null);
        Files.delete(sites);
        Path pdf = tmp.resolve("override.pdf");
        assertThat(run("export", "--workspace", ws.toString(), "--out", pdf.toString(), "--title", "Given title",
                "--viewpoint", "ru")).as(err.toString()).isZero();
        assertThat(err.toString()).contains("Reported posts").contains("file not found");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Given title").doesNotContain("Post Kappa");
        }
        assertThat(out.toString()).contains("viewpoint ru");
    }

    @Test
    void aWorkspaceFromANewerVersionIsRefused() throws IOException {
        Path ws = Files.writeString(tmp.resolve("new.claimscape"),
                "{\"format\":\"claimscape-workspace\",\"version\":9,\"layers\":[]}");
        assertThat(run("export", "--workspace", ws.toString(), "--out", tmp.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("newer Claimscape");
        assertThat(tmp.resolve("x.pdf")).doesNotExist();
    }
}

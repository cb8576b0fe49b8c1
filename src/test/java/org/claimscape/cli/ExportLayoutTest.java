package org.claimscape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.claimscape.io.WorkspaceWriter;
import org.claimscape.model.LabelClass;
import org.claimscape.model.PageLayout;
import org.claimscape.model.Viewpoint;
import org.claimscape.model.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --workspace} draws the page as the user laid it out in the briefing dialog. */
class ExportLayoutTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void theWorkspacesLayoutIsUsed() throws IOException {
        Path sites = Files.writeString(tmp.resolve("posts.geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"Post Kappa\",\"type\":\"border-post\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[145.86,44.02]}}]}");
        PageLayout layout = new PageLayout(new PageLayout.Box(0.05, 0.55, 0.3, 0.3), null,
                List.of(new PageLayout.TextBox("Prepared for the desk meeting; positions approximate.",
                        new PageLayout.Box(0.1, 0.2, 0.2, 0.05), 10)), Set.of(LabelClass.SITES));
        Workspace w = new Workspace(List.of(
                new Workspace.LayerEntry("user-posts", sites, "Reported posts", true, 1.0, null),
                new Workspace.LayerEntry("claims", null, null, true, 0.8, null),
                new Workspace.LayerEntry("land", null, null, true, 1.0, null)),
                new Workspace.View(44.0, 145.9, 10), LocalDate.of(2020, 6, 1), Viewpoint.NEUTRAL, null,
                new Workspace.Page("a4", true, "Laid out", null, null, 150, layout));
        Path ws = tmp.resolve("laid-out.claimscape");
        new WorkspaceWriter().write(w, ws);
        Path pdf = tmp.resolve("laid-out.pdf");
        assertThat(ClaimscapeCommand.run(new String[] {"export", "--workspace", ws.toString(), "--out",
                pdf.toString()}, new PrintWriter(out), new PrintWriter(err))).as(err.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Laid out", "Prepared for the desk meeting; positions approximate.")
                    .as("site names hidden: neither on the map nor in the numbered list").doesNotContain("Post Kappa");
        }
    }
}

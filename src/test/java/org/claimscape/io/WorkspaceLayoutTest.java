package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.claimscape.model.LabelClass;
import org.claimscape.model.PageLayout;
import org.claimscape.model.Viewpoint;
import org.claimscape.model.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The briefing page's layout in a workspace file: kept whole, optional, and readable without it. */
class WorkspaceLayoutTest {

    @TempDir
    Path tmp;

    private static Workspace with(PageLayout layout) {
        return new Workspace(List.of(new Workspace.LayerEntry("claims", null, null, true, 1.0, null)),
                new Workspace.View(44.5, 146.5, 7.25), LocalDate.of(2020, 6, 1), Viewpoint.RUSSIAN, null,
                new Workspace.Page("a3", false, "Южные Курилы", null, null, 300, layout));
    }

    @Test
    void theLayoutRoundTripsThroughTheFile() throws IOException {
        PageLayout layout = new PageLayout(new PageLayout.Box(0.05, 0.6, 0.3, 0.25),
                new PageLayout.Box(0.7, 0.1, 0.2, 0.15),
                List.of(new PageLayout.TextBox("Позиции приблизительны.\n位置は概略です。", new PageLayout.Box(0.4, 0.7,
                        0.25, 0.05), 11.5), new PageLayout.TextBox("", new PageLayout.Box(0.1, 0.1, 0.1, 0.1), 9)),
                Set.of(LabelClass.SITES, LabelClass.REFERENCE));
        Path file = tmp.resolve("layout.claimscape");
        new WorkspaceWriter().write(with(layout), file);
        Workspace back = new WorkspaceReader().read(file);
        assertThat(back).isEqualTo(with(layout));
        assertThat(back.page().layout().texts().get(0).text()).contains("\n");
        assertThat(Files.readString(file)).contains("\"layout\"", "\"hidden_labels\" : [ \"sites\", \"reference\" ]",
                "\"font_size\" : 11.5").contains("\"version\" : 2");
    }

    @Test
    void theAutomaticLayoutWritesNothing() throws IOException {
        Path file = tmp.resolve("auto.claimscape");
        new WorkspaceWriter().write(with(PageLayout.AUTOMATIC), file);
        assertThat(Files.readString(file)).doesNotContain("layout");
        assertThat(new WorkspaceReader().read(file).page().layout()).isEqualTo(PageLayout.AUTOMATIC);
    }

    /** A version 2 file as the README documents it, from before layouts: it opens with the automatic layout. */
    @Test
    void aWorkspaceFromBeforeLayoutsOpensWithTheAutomaticOne() throws IOException {
        Path file = Files.writeString(tmp.resolve("old.claimscape"), """
                {"format": "claimscape-workspace", "version": 2, "viewpoint": "ja", "layers": [],
                 "page": {"size": "a4", "landscape": true, "title": "Southern Kurils", "dpi": 300}}
                """);
        Workspace w = new WorkspaceReader().read(file);
        assertThat(w.page().layout()).isEqualTo(PageLayout.AUTOMATIC);
        assertThat(w.page().title()).isEqualTo("Southern Kurils");
    }

    @Test
    void aLabelKindFromANewerWriterIsIgnoredAndABadBoxIsNamed() throws IOException {
        Path newer = Files.writeString(tmp.resolve("newer.claimscape"), """
                {"format": "claimscape-workspace", "version": 2, "layers": [],
                 "page": {"size": "a4", "landscape": true, "dpi": 300,
                          "layout": {"hidden_labels": ["sites", "contours"]}}}
                """);
        assertThat(new WorkspaceReader().read(newer).page().layout().hiddenLabels()).containsExactly(LabelClass.SITES);
        Path bad = Files.writeString(tmp.resolve("bad.claimscape"), """
                {"format": "claimscape-workspace", "version": 2, "layers": [],
                 "page": {"size": "a4", "landscape": true, "dpi": 300,
                          "layout": {"texts": [{"text": "x", "x": 0.1, "y": "top", "width": 0.2, "height": 0.1}]}}}
                """);
        assertThatThrownBy(() -> new WorkspaceReader().read(bad)).isInstanceOf(WorkspaceFormatException.class)
                .hasMessageContaining("bad.claimscape").hasMessageContaining("page.layout.texts[0].y")
                .hasMessageContaining("top");
        Path notABox = Files.writeString(tmp.resolve("not-a-box.claimscape"), """
                {"format": "claimscape-workspace", "version": 2, "layers": [],
                 "page": {"size": "a4", "landscape": true, "dpi": 300, "layout": {"legend": "bottom left"}}}
                """);
        assertThatThrownBy(() -> new WorkspaceReader().read(notABox)).isInstanceOf(WorkspaceFormatException.class)
                .hasMessageContaining("page.layout.legend: expected an object");
    }
}

package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscape.model.Viewpoint;
import org.claimscape.model.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The geometry columns a user chose for a CSV layer, kept in the workspace file (a member added in version 2). */
class WorkspaceCsvColumnsTest {

    @TempDir
    Path tmp;

    private static Workspace with(Workspace.LayerEntry... layers) {
        return new Workspace(List.of(layers), new Workspace.View(44, 146, 8), null, Viewpoint.NEUTRAL, null, null);
    }

    @Test
    void chosenColumnsRoundTrip() throws IOException {
        Path posts = Files.writeString(tmp.resolve("posts.csv"), "a;b\n");
        Path areas = Files.writeString(tmp.resolve("areas.tsv"), "shape\n");
        Workspace w = with(
                new Workspace.LayerEntry("user-posts", posts, "Posts", true, 1, null, null,
                        new Workspace.CsvGeometry("Breite", "Länge", null)),
                new Workspace.LayerEntry("user-areas", areas, "Areas", true, 1, null, null,
                        new Workspace.CsvGeometry(null, null, "shape")),
                new Workspace.LayerEntry("claims", null, null, true, 1, null));
        Path file = tmp.resolve("w.claimscape");
        new WorkspaceWriter().write(w, file);
        assertThat(Files.readString(file)).contains("\"csv\" : {").contains("\"latitude\" : \"Breite\"")
                .contains("\"wkt\" : \"shape\"");
        Workspace back = new WorkspaceReader().read(file);
        assertThat(back).isEqualTo(w);
        assertThat(back.layers().get(2).csv()).isNull();
    }

    @Test
    void aLayerWithoutTheMemberFindsItsColumnsByName() throws IOException {
        Path file = Files.writeString(tmp.resolve("old.claimscape"), "{\"format\":\"claimscape-workspace\","
                + "\"version\":2,\"layers\":[{\"source\":\"file\",\"id\":\"p\",\"path\":\"p.csv\"}]}");
        assertThat(new WorkspaceReader().read(file).layers().get(0).csv()).isNull();
    }

    @Test
    void incompleteColumnsAreRefusedNamingTheLayer() throws IOException {
        Path file = Files.writeString(tmp.resolve("bad.claimscape"), "{\"format\":\"claimscape-workspace\","
                + "\"version\":2,\"layers\":[{\"source\":\"file\",\"id\":\"posts\",\"path\":\"p.csv\","
                + "\"csv\":{\"latitude\":\"lat\"}}]}");
        assertThatThrownBy(() -> new WorkspaceReader().read(file)).isInstanceOf(WorkspaceFormatException.class)
                .hasMessageContaining("layer posts: csv").hasMessageContaining("longitude");
        Path wrong = Files.writeString(tmp.resolve("wrong.claimscape"), "{\"format\":\"claimscape-workspace\","
                + "\"version\":2,\"layers\":[{\"source\":\"file\",\"id\":\"posts\",\"path\":\"p.csv\","
                + "\"csv\":{\"wkt\":7}}]}");
        assertThatThrownBy(() -> new WorkspaceReader().read(wrong)).isInstanceOf(WorkspaceFormatException.class)
                .hasMessageContaining("csv.wkt: expected a string");
    }
}

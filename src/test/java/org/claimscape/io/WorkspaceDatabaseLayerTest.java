package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscape.model.Viewpoint;
import org.claimscape.model.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace keeps a database layer by its URI and never by its password. */
class WorkspaceDatabaseLayerTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseLayerRoundTripsWithoutItsPassword() throws Exception {
        Workspace w = new Workspace(List.of(
                new Workspace.LayerEntry("pg-sites", null, "Team sites", true, 0.9,
                        new Workspace.Style("#112233", null, null, null, "name"),
                        "postgresql://ana:hunter2@db.example.org:5432/gis?table=survey.sites"),
                new Workspace.LayerEntry("claims", null, null, true, 1.0, null)),
                new Workspace.View(44, 146, 7), null, Viewpoint.NEUTRAL, null, null);
        Path file = dir.resolve("team.claimscape");
        new WorkspaceWriter().write(w, file);
        String text = Files.readString(file);
        assertThat(text).doesNotContain("hunter2").contains("\"source\" : \"postgis\"")
                .contains("postgresql://ana@db.example.org:5432/gis?table=survey.sites");

        Workspace back = new WorkspaceReader().read(file);
        Workspace.LayerEntry e = back.layers().get(0);
        assertThat(e.isDatabase()).isTrue();
        assertThat(e.isBundled()).isFalse();
        assertThat(e.file()).isNull();
        assertThat(e.database()).isEqualTo("postgresql://ana@db.example.org:5432/gis?table=survey.sites");
        assertThat(e.title()).isEqualTo("Team sites");
        assertThat(e.style().labelProperty()).isEqualTo("name");
        assertThat(back.layers().get(1).isBundled()).isTrue();
        assertThat(WorkspaceReader.missingFiles(back)).isEmpty();
    }
}

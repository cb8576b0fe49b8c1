package org.claimscape.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimscape.io.WorkspaceReader;
import org.claimscape.io.csv.CsvColumns;
import org.claimscape.model.Workspace;
import org.claimscape.ui.data.UserDataFixture;
import org.claimscape.ui.data.UserDataWindow;
import org.claimscape.ui.data.UserLayers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The geometry columns chosen for a CSV layer go into the workspace and are used again when it opens. */
@ExtendWith({ApplicationExtension.class, UserDataWindow.class})
class WorkspaceCsvLayerTest {

    @TempDir
    static Path tmp;

    /** Set before each test by {@link UserDataWindow}. */
    private UserDataFixture fx;

    @Test
    void theChosenColumnsAreSavedAndReusedUntilTheFileLosesThem(FxRobot robot) throws Exception {
        fx.awaitReady();
        UserLayers users = fx.users();
        WorkspaceSession session = fx.fileMenu.session();
        Path csv = UserDataFixture.write(fx.dir.resolve("Posts.csv"), "post,north,east\nA,45.1,147.2\nB,44.2,146.1\n");
        List<List<String>> asked = new ArrayList<>();
        users.setCsvColumnsPrompt((file, header) -> {
            asked.add(header.columns());
            return Optional.of(header.columns().contains("north") ? CsvColumns.latLon("north", "east")
                    : CsvColumns.latLon("n", "e"));
        });
        robot.interact(() -> users.open(List.of(csv)));
        fx.awaitLoaded();
        assertThat(asked).hasSize(1);
        assertThat(users.get("user-posts").csvColumns()).isEqualTo(CsvColumns.latLon("north", "east"));

        Path ws = fx.dir.resolve("posts.claimscape");
        robot.interact(() -> {
            try {
                session.save(ws);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Workspace saved = new WorkspaceReader().read(ws);
        assertThat(saved.layers().get(0).csv()).isEqualTo(new Workspace.CsvGeometry("north", "east", null));

        robot.interact(() -> session.open(ws));
        fx.awaitLoaded();
        assertThat(asked).as("not asked again").hasSize(1);
        assertThat(fx.layer("user-posts").layer().features()).extracting(f -> f.geometry().getCoordinate().y)
                .containsExactly(45.1, 44.2);

        /* The file's columns renamed since: the saved choice no longer fits, so the user is asked. */
        UserDataFixture.write(csv, "post,n,e\nA,43.9,145.8\n");
        robot.interact(() -> session.open(ws));
        fx.awaitLoaded();
        assertThat(asked).hasSize(2);
        assertThat(asked.get(1)).containsExactly("post", "n", "e");
        assertThat(fx.layer("user-posts").layer().features()).extracting(f -> f.geometry().getCoordinate().y)
                .containsExactly(43.9);
    }
}

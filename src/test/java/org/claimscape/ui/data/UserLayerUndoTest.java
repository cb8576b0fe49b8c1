package org.claimscape.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import org.claimscape.render.LayerStyle;
import org.claimscape.ui.edit.EditHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Edit → Undo and Redo of the user's own layers: added, restyled, renamed and removed, in the window. */
@ExtendWith({ApplicationExtension.class, UserDataWindow.class})
class UserLayerUndoTest {

    @TempDir
    static Path tmp;

    /** Set before each test by {@link UserDataWindow}. */
    private UserDataFixture fx;

    @Test
    void addingStylingRenamingAndRemovingAreUndoneAndRedone(FxRobot robot) throws Exception {
        fx.awaitReady();
        UserLayers users = fx.users();
        EditHistory edits = fx.view.edits();
        Path file = UserDataFixture.write(tmp.resolve("sites.geojson"), UserDataFixture.twoPoints());
        robot.interact(() -> users.open(List.of(file)));
        fx.awaitLoaded();
        assertThat(edits.undoNameProperty().get()).isEqualTo("Add layer sites");
        LayerStyle automatic = users.style("user-sites");

        robot.interact(edits::undo);
        assertThat(fx.layer("user-sites")).as("undoing the add removes the layer").isNull();
        assertThat(users.isUserLayer("user-sites")).isFalse();
        robot.interact(edits::redo);
        assertThat(fx.layer("user-sites")).isNotNull();
        assertThat(users.style("user-sites")).isEqualTo(automatic);
        assertThat(fx.view.model().layers().get(0).id()).as("back on top").isEqualTo("user-sites");

        LayerStyle red = new LayerStyle(null, Color.RED, 3f, "port", "type");
        robot.interact(() -> users.restyle("user-sites", red));
        robot.interact(edits::undo);
        assertThat(users.style("user-sites")).isEqualTo(automatic);
        robot.interact(edits::redo);
        assertThat(users.style("user-sites")).isEqualTo(red);

        robot.interact(() -> users.rename("user-sites", "Sites (checked)"));
        UserDataFixture.await(() -> "Rename sites to Sites (checked)".equals(edits.undoNameProperty().get()));
        robot.interact(edits::undo);
        UserDataFixture.await(() -> fx.layer("user-sites").title().equals("sites"));
        assertThat(fx.layer("user-sites").layer().title()).isEqualTo("sites");

        robot.interact(() -> fx.layer("user-sites").opacityProperty().set(0.4));
        robot.interact(() -> users.remove("user-sites"));
        assertThat(fx.layer("user-sites")).isNull();
        assertThat(edits.undoNameProperty().get()).isEqualTo("Remove layer sites");
        robot.interact(edits::undo);
        assertThat(fx.layer("user-sites")).as("removal undone").isNotNull();
        assertThat(users.isUserLayer("user-sites")).isTrue();
        assertThat(users.style("user-sites")).as("with its style").isEqualTo(red);
        assertThat(fx.layer("user-sites").opacityProperty().get()).as("and its opacity").isEqualTo(0.4);
        /* Searchable again, by the property its style labels with ("type"). */
        UserDataFixture.await(() -> fx.view.model().search().search("observation", 5).stream()
                .anyMatch(h -> h.layerId().equals("user-sites")));
        robot.interact(edits::redo);
        assertThat(fx.layer("user-sites")).isNull();
    }
}

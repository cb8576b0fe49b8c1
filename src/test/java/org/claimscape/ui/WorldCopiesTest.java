package org.claimscape.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.claimscape.map.MapNavigator;
import org.claimscape.map.MapPane;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Zoomed out near the antimeridian the map shows the world's tiles again beyond it (the Kurils are at 146–156° E):
 * east of 180° the tiles of the world's first columns, west of -180° its last, edge to edge with the world.
 */
@ExtendWith(ApplicationExtension.class)
class WorldCopiesTest {

    private MapPane pane;

    @BeforeAll
    static void offline() {
        NetworkGuard.install();
    }

    @Start
    void start(Stage stage) {
        pane = new MapPane(new MapRenderer(), vp -> new RenderRequest(vp, List.of(), null, Viewpoint.NEUTRAL,
                Set.of(), false));
        stage.setScene(new Scene(pane, 1000, 700));
        stage.show();
    }

    @Test
    void beyondTheAntimeridianTheWorldsFirstColumnsFollowItsEastEdge(FxRobot robot) {
        MapNavigator nav = pane.navigator();
        robot.interact(() -> nav.setView(50, 170, 3));
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport v = nav.viewport();
        List<ImageView> copies = copies();
        assertThat(copies).isNotEmpty();
        ImageView first = copies.stream().filter(t -> String.valueOf(t.getUserData()).startsWith("3/0/"))
                .findFirst().orElseThrow();
        assertThat(first.getLayoutX()).isCloseTo(v.xOfUnit(1), within(1e-6));
        assertThat(first.getFitWidth()).isCloseTo(256, within(1e-9));
        assertThat(copies).allSatisfy(t -> assertThat(t.getLayoutX()).isGreaterThanOrEqualTo(v.xOfUnit(1) - 1e-6));

        robot.interact(() -> nav.setView(50, -170, 3));
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport w = nav.viewport();
        ImageView last = copies().stream().filter(t -> String.valueOf(t.getUserData()).startsWith("3/7/"))
                .findFirst().orElseThrow();
        assertThat(last.getLayoutX() + last.getFitWidth()).isCloseTo(w.xOfUnit(0), within(1e-6));
    }

    @Test
    void aViewInsideTheWorldHasNoCopies(FxRobot robot) {
        robot.interact(() -> pane.navigator().setView(44.0, 146.0, 7));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(copies()).isEmpty();
    }

    /* The tiles of the layer that shows the copies (the one of the map's layers whose images carry tile keys). */
    private List<ImageView> copies() {
        return pane.mapView().getChildrenUnmodifiable().stream()
                .filter(n -> n.getClass().getSimpleName().equals("WorldCopies"))
                .flatMap(n -> ((Parent) n).getChildrenUnmodifiable().stream())
                .filter(ImageView.class::isInstance).map(ImageView.class::cast).toList();
    }
}

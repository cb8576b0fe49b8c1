package org.claimscape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** When the bundled layers cannot be loaded, the window says why and still gets its menus and bars. */
@ExtendWith(ApplicationExtension.class)
class LoadFailureTest {

    private ExplorerView view;

    @Start
    void start(Stage stage) throws Exception {
        view = TestWindows.explorer(() -> {
            throw new IOException("land.geojson:3:14: error: unexpected end of file");
        }, WindowState.initial());
        view.menuBar().getMenus().add(new Menu("File"));
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
    }

    @Test
    void theMessageNamesTheProblemAndTheMenusCome(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#menuBar").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#homeButton").tryQuery()).isPresent();
        assertThat(view.statusBar().getScene()).isNotNull();
        assertThat(robot.lookup((Labeled l) -> l.getText() != null
                && l.getText().contains("land.geojson:3:14: error: unexpected end of file")).tryQuery()).isPresent();
        assertThat(view.model()).isNull();
    }
}

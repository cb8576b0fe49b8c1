package org.claimscape.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.claimscape.io.WorkspaceRecovery;
import org.claimscape.map.TileDiskCache;
import org.claimscape.render.MapRenderer;
import org.claimscape.ui.ExplorerView;
import org.claimscape.ui.WindowState;
import org.claimscape.ui.workspace.FileMenu;
import org.claimscape.ui.workspace.RecentFiles;

/**
 * Manual harness: the explorer window with the File menu, opening the files given as arguments (GeoJSON layers
 * or a workspace) once the layers are loaded, as a drop on the window would. State goes to
 * {@code target/userdata-app/}, not the user's home.
 */
public final class UserDataApp {

    private UserDataApp() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The application (a nested class: a main class extending Application needs the module path). */
    public static final class Window extends Application {
    @Override
    public void start(Stage stage) {
        Path state = Path.of("target", "userdata-app");
        ExplorerView view = new ExplorerView(() -> ClaimscapeApp.loadBundled((d, t) -> { }), new MapRenderer(),
                WindowState.initial(), url -> { }, new TileDiskCache(state.resolve("tiles")), System.nanoTime());
        FileMenu menu = new FileMenu(view, new WorkspaceRecovery(state.resolve("recovery.claimscape")),
                new RecentFiles(state.resolve("recent.txt")), view::comparePanel);
        List<Path> files = new ArrayList<>();
        for (String a : getParameters().getRaw()) {
            files.add(Path.of(a));
        }
        menu.readyProperty().addListener((o, a, ready) -> {
            if (ready && !files.isEmpty()) {
                Platform.runLater(() -> menu.openAny(files));
            }
        });
        stage.setScene(new Scene(view, 1280, 820));
        stage.titleProperty().bind(view.titleProperty());
        stage.setOnHidden(e -> menu.closeCleanly());
        stage.show();
    }
    }
}

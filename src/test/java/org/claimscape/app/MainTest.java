package org.claimscape.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command lines open the window with files (as a file manager starts it) and which run a command. */
class MainTest {

    @TempDir
    Path dir;

    @Test
    void existingWorkspacesAndGeoJsonFilesOpenTheWindow() throws IOException {
        Path ws = Files.writeString(dir.resolve("work.claimscape"), "{}");
        Path layer = Files.writeString(dir.resolve("Sites (2024).GeoJSON"), "{}");
        assertThat(Main.filesToOpen(new String[] {ws.toString()})).containsExactly(ws.toAbsolutePath());
        assertThat(Main.filesToOpen(new String[] {ws.toString(), layer.toString()})).hasSize(2);
    }

    @Test
    void commandsMissingFilesAndOtherFilesStayTheCommandLine() throws IOException {
        Path layer = Files.writeString(dir.resolve("sites.geojson"), "{}");
        Path text = Files.writeString(dir.resolve("notes.txt"), "");
        Path named = Files.writeString(dir.resolve("validate"), "");
        assertThat(Main.filesToOpen(new String[] {"validate", layer.toString()})).isEmpty();
        assertThat(Main.filesToOpen(new String[] {named.toString()})).isEmpty();
        assertThat(Main.filesToOpen(new String[] {"info"})).isEmpty();
        assertThat(Main.filesToOpen(new String[] {dir.resolve("gone.geojson").toString()})).isEmpty();
        assertThat(Main.filesToOpen(new String[] {text.toString()})).isEmpty();
        assertThat(Main.filesToOpen(new String[] {"--help"})).isEmpty();
        assertThat(Main.filesToOpen(new String[] {dir.toString() + "/x.claimscape/"})).isEmpty();
    }
}

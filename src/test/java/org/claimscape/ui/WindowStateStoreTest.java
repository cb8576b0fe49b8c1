package org.claimscape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscape.model.Viewpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowStateStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedStateReadsBackEqual() {
        WindowStateStore store = new WindowStateStore(dir.resolve("claimscape/window.json"));
        WindowState s = new WindowState(10, 20, 1300, 900, false, 44.1, 146.2, 8.5,
                List.of("military", "land"), List.of("military", "events", "land"), Viewpoint.JAPANESE, true, "ru");
        store.save(s);
        assertThat(store.load()).isEqualTo(s);
        try (var files = Files.list(store.file().getParent())) {
            assertThat(files).as("no temporary file left behind").containsExactly(store.file());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void missingOrBrokenFileGivesInitialState() throws Exception {
        WindowStateStore store = new WindowStateStore(dir.resolve("window.json"));
        assertThat(store.load()).isEqualTo(WindowState.initial());
        Files.writeString(store.file(), "{\"width\": 12, \"zoom\": ");
        assertThat(store.load()).isEqualTo(WindowState.initial());
    }

    /** The side panels' widths and visibility and the theme are remembered with the rest. */
    @Test
    void panelsAndThemeReadBackEqual() {
        WindowStateStore store = new WindowStateStore(dir.resolve("claimscape/window.json"));
        WindowState s = new WindowState(0, 0, 1024, 700, true, 44.1, 146.2, 8.5, null, List.of(), Viewpoint.RUSSIAN,
                false, null, new WindowState.Layout(240, 330, true, false, "dark"));
        store.save(s);
        assertThat(store.load()).isEqualTo(s);
        assertThat(store.load().layout().theme()).isEqualTo(Theme.DARK.code());
    }

    @Test
    void aFileWithoutPanelsOrThemeGivesTheDefaultLayout() throws Exception {
        WindowStateStore store = new WindowStateStore(dir.resolve("window.json"));
        Files.writeString(store.file(), "{\"width\": 1000, \"height\": 700, \"theme\": \"neon\"}");
        assertThat(store.load().layout()).isEqualTo(WindowState.Layout.DEFAULT);
    }
}

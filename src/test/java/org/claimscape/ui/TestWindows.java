package org.claimscape.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.claimscape.map.TileDiskCache;
import org.claimscape.render.MapRenderer;
import org.claimscape.ui.explorer.MapData;

/** The explorer window as the window tests open it: no browser, tiles cached in a fresh temporary folder. */
final class TestWindows {

    private TestWindows() {
    }

    static ExplorerView explorer(Callable<MapData> loader, WindowState state) throws IOException {
        return new ExplorerView(loader, new MapRenderer(), state, u -> { },
                new TileDiskCache(Files.createTempDirectory("claimscape-tiles")), System.nanoTime());
    }
}

package org.claimscape.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.claimscape.io.BundledLayers;
import org.claimscape.ui.explorer.MapData;

/** The window tests' data: the bundled layers, or those in {@code $CLAIMSCAPE_DATA} when it is set. */
final class BundledMapData {

    private BundledMapData() {
    }

    static MapData load() throws IOException {
        String dir = System.getenv("CLAIMSCAPE_DATA");
        return MapData.of(dir == null ? BundledLayers.load() : BundledLayers.load(Path.of(dir), (d, t) -> { }));
    }
}

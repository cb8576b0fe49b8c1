package org.claimscape.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.claimscape.io.BundledLayers;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by the commands that read the layers: a picocli mixin. */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Read the layers from this data folder (with catalog.json) instead of the bundled data.")
    Path dataDir;

    /** The layers from the folder given, else the bundled ones. */
    BundledLayers load() throws IOException {
        return dataDir != null ? BundledLayers.load(dataDir, (done, total) -> { }) : BundledLayers.load();
    }
}

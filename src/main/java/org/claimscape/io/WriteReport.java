package org.claimscape.io;

import java.nio.file.Path;
import java.util.List;

/**
 * What a layer writer did: the files it wrote and what the format could not keep (a field name cut to ten
 * characters, a text cut to 254 bytes, a geometry type split into its own file). Immutable.
 */
public record WriteReport(List<Path> files, List<String> warnings) {

    public WriteReport {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    public static WriteReport of(Path file) {
        return new WriteReport(List.of(file), List.of());
    }
}

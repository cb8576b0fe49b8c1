package org.claimscape.map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.claimscape.io.AtomicFiles;
import org.claimscape.render.SimplifiedLayer;

/**
 * Keeps the renderer's simplified geometry between runs, under {@code <cache>/claimscape/shapes/<layer>-<digest>/
 * <level>.bin}, so that a later launch draws its first map without simplifying the layers again (about a second
 * of CPU for the bundled claims and land). When a layer's data changes its digest changes, and the folders of
 * its older versions are deleted on the next write. Writes are atomic; an unreadable file reads as absent.
 */
public final class ShapeDiskCache implements SimplifiedLayer.Store {

    private static final Logger LOG = Logger.getLogger(ShapeDiskCache.class.getName());

    private final Path root;
    private final Path seed;

    public ShapeDiskCache(Path root) {
        this(root, null);
    }

    /**
     * A cache rooted at {@code root} that also reads the shapes under {@code seed} (same layout, read only), or
     * null for none: the shapes the build's training run simplified ({@code app.ClassArchive}).
     */
    public ShapeDiskCache(Path root, Path seed) {
        this.root = root;
        this.seed = seed;
    }

    /** The cache in the user's cache folder, next to the tiles, reading also the shapes under seed (or null). */
    public static ShapeDiskCache userCache(Path seed) {
        return new ShapeDiskCache(TileDiskCache.userCacheFolder().resolve("claimscape").resolve("shapes"), seed);
    }

    public Path root() {
        return root;
    }

    @Override
    public byte[] read(String key) {
        byte[] data = read(file(key));
        return data != null || seed == null ? data : read(new ShapeDiskCache(seed).file(key));
    }

    private static byte[] read(Path f) {
        try {
            return Files.isRegularFile(f) ? Files.readAllBytes(f) : null;
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot read " + f, e);
            return null;
        }
    }

    @Override
    public void write(String key, byte[] data) {
        Path f = file(key);
        try {
            boolean newVersion = !Files.isDirectory(f.getParent());
            AtomicFiles.write(f, out -> out.write(data));
            if (newVersion) {
                deleteOlderVersions(f.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + f, e);
        }
    }

    private Path file(String key) {
        int slash = key.indexOf('/');
        if (slash <= 0 || key.indexOf('/', slash + 1) >= 0 || !key.matches("[A-Za-z0-9_/-]+")) {
            throw new IllegalArgumentException("not a shape key: " + key);
        }
        return root.resolve(key.substring(0, slash)).resolve(key.substring(slash + 1) + ".bin");
    }

    /* Folders "<layer>-<other digest>" of the same layer hold shapes of data that has changed. */
    private void deleteOlderVersions(Path current) throws IOException {
        String name = current.getFileName().toString();
        String layer = name.substring(0, name.lastIndexOf('-') + 1);
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path d : dirs) {
                String n = d.getFileName().toString();
                if (!n.equals(name) && n.startsWith(layer) && n.lastIndexOf('-') + 1 == layer.length()) {
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(d)) {
                        for (Path f : files) {
                            Files.deleteIfExists(f);
                        }
                    }
                    Files.deleteIfExists(d);
                }
            }
        }
    }
}

package org.claimscape.map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Stores map tiles as PNG files under the user's cache folder, {@code <cache>/claimscape/tiles/<set>/z/x/y.png},
 * where {@code <cache>} is {@code $XDG_CACHE_HOME} or {@code ~/.cache}. Each tile set (a style hash, or
 * {@code osm}) has its own folder, so a style change never shows old tiles.
 *
 * <p>Writes go to a temporary file that is then moved into place, so a crash never leaves a torn tile.
 * Thread-safe: concurrent writers of the same tile both write complete files and one wins.
 */
public final class TileDiskCache {

    private final Path root;
    private final Path seed;

    /** A cache rooted at {@code root} (the folder holding the tile sets). */
    public TileDiskCache(Path root) {
        this(root, null);
    }

    /**
     * A cache rooted at {@code root} that also reads the tiles under {@code seed} (same layout, read only), or
     * null for none: the tiles the build's training run drew for the first view ({@code app.ClassArchive}).
     */
    public TileDiskCache(Path root, Path seed) {
        this.root = root;
        this.seed = seed;
    }

    /** The user's cache (as {@link #userCache()}) reading also the seed tiles under {@code seed}, or null. */
    public static TileDiskCache userCache(Path seed) {
        return new TileDiskCache(userCache().root, seed);
    }

    /** The cache in the user's cache folder ({@code XDG_CACHE_HOME} honoured). */
    public static TileDiskCache userCache() {
        return new TileDiskCache(userCacheFolder().resolve("claimscape").resolve("tiles"));
    }

    /** {@code $XDG_CACHE_HOME} when set and absolute, else {@code ~/.cache}. */
    public static Path userCacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return Path.of(System.getProperty("user.home"), ".cache");
    }

    public Path root() {
        return root;
    }

    /** The file of a tile (which may not exist). */
    public Path file(String set, int z, long x, long y) {
        return root.resolve(set).resolve(Integer.toString(z)).resolve(Long.toString(x)).resolve(y + ".png");
    }

    /** The tile's bytes, or empty when not cached or unreadable. */
    public Optional<byte[]> read(String set, int z, long x, long y) {
        Optional<byte[]> png = read(file(set, z, x, y));
        return png.isPresent() || seed == null ? png : read(new TileDiskCache(seed).file(set, z, x, y));
    }

    private static Optional<byte[]> read(Path f) {
        try {
            return Files.isRegularFile(f) ? Optional.of(Files.readAllBytes(f)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Age of a cached tile in milliseconds, or empty when not cached. */
    public Optional<Long> ageMillis(String set, int z, long x, long y) {
        try {
            Path f = file(set, z, x, y);
            return Files.isRegularFile(f)
                    ? Optional.of(System.currentTimeMillis() - Files.getLastModifiedTime(f).toMillis())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Stores the tile atomically. */
    public void write(String set, int z, long x, long y, byte[] png) {
        Path f = file(set, z, x, y);
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), ".tile", ".tmp");
            try {
                Files.write(tmp, png);
                try {
                    Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

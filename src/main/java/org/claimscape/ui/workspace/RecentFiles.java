package org.claimscape.ui.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.claimscape.io.AtomicFiles;

/**
 * The files opened lately (GeoJSON layers and workspaces), newest first, at most {@value #MAX}; kept as one path
 * per line in {@code ~/.config/claimscape/recent.txt} ({@code XDG_CONFIG_HOME} honoured). A file that cannot be
 * read or written only costs the list, never the program. Not thread-safe (FX thread).
 */
public final class RecentFiles {

    public static final int MAX = 10;
    private static final Logger LOG = Logger.getLogger(RecentFiles.class.getName());

    private final Path store;
    private final List<Path> files = new ArrayList<>();

    public RecentFiles(Path store) {
        this.store = store;
        if (store != null && Files.isRegularFile(store)) {
            try {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && files.size() < MAX) {
                        files.add(Path.of(line.strip()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.INFO, "cannot read the recent files list " + store, e);
            }
        }
    }

    /** The list in the user's config folder. */
    public static RecentFiles userStore() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new RecentFiles(base.resolve("claimscape").resolve("recent.txt"));
    }

    /** Newest first. */
    public List<Path> list() {
        return List.copyOf(files);
    }

    /** Puts a file first (once) and saves the list. */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        while (files.size() > MAX) {
            files.remove(files.size() - 1);
        }
        save();
    }

    public void clear() {
        files.clear();
        save();
    }

    private void save() {
        if (store == null) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (Path p : files) {
            sb.append(p).append('\n');
        }
        try {
            AtomicFiles.write(store, out -> out.write(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            LOG.log(Level.INFO, "cannot save the recent files list " + store, e);
        }
    }
}

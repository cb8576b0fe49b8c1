package org.claimscape.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.claimscape.model.Workspace;

/**
 * The autosave file: the window saves the workspace here every few minutes; a clean exit deletes it, so a file
 * found at start-up means the last session ended without closing (a crash, a kill), and the user is offered to
 * restore it. Thread-safe (each save is one atomic rename).
 */
public final class WorkspaceRecovery {

    private final Path file;

    /** The recovery file at {@code $XDG_STATE_HOME/claimscape/recovery.claimscape} (default ~/.local/state). */
    public static WorkspaceRecovery inUserState() {
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state)
                : Path.of(System.getProperty("user.home"), ".local", "state");
        return new WorkspaceRecovery(base.resolve("claimscape").resolve("recovery.claimscape"));
    }

    public WorkspaceRecovery(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Saves the current state atomically. */
    public void save(Workspace w) throws IOException {
        new WorkspaceWriter().write(w, file);
    }

    /** The workspace left by a session that did not end cleanly, if any and if readable. */
    public Optional<Workspace> pending() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WorkspaceReader().read(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Called on a clean exit, or once the user has restored or declined the recovery. */
    public void discard() throws IOException {
        Files.deleteIfExists(file);
    }
}

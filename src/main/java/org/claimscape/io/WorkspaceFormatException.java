package org.claimscape.io;

import java.io.IOException;

/** A workspace file that cannot be opened: not a workspace, broken, or from a newer Claimscape. */
public class WorkspaceFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public WorkspaceFormatException(String message) {
        super(message);
    }

    public WorkspaceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.claimscape.app;

import javafx.application.Application;

/** Manual harness: opens the explorer window (what {@code Main} does without arguments). */
public final class ExplorerApp {
    private ExplorerApp() {
    }

    public static void main(String[] args) {
        Application.launch(ClaimscapeApp.class, args);
    }
}

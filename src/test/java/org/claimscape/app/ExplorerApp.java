package org.claimscape.app;

/** Manual harness: opens the explorer window (what {@code Main} does without arguments). */
public final class ExplorerApp {
    private ExplorerApp() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(ClaimscapeApp.class, args);
    }
}

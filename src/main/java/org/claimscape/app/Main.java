package org.claimscape.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javafx.application.Application;
import org.claimscape.cli.ClaimscapeCommand;

/**
 * Entry point of {@code claimscape.jar}: no arguments open the map window; any argument runs the headless
 * command line. Deliberately not a JavaFX {@code Application}, so the jar runs from the classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Optional<Integer> child = Launcher.runWithClassArchive();
            if (child.isPresent()) {
                System.exit(child.get());
            }
            Application.launch(ClaimscapeApp.class, args);
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(ClaimscapeCommand.run(args, out, err));
    }
}

package org.claimscape.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import org.claimscape.cli.ClaimscapeCommand;
import org.claimscape.export.ExportWarmUp;
import org.claimscape.map.ShapeDiskCache;
import org.claimscape.render.SimplifiedLayer;

/**
 * Entry point of {@code claimscape.jar}: no arguments open the map window; files to open (a {@code .claimscape}
 * workspace, {@code .geojson} layers, as the file manager passes them) open the window with them; any other
 * argument runs the headless command line. Deliberately not a JavaFX {@code Application}, so the jar runs from the
 * classpath.
 */
public final class Main {

    /* What the window opens from its command line (FileMenu opens the same, plain or gzipped). */
    private static final List<String> WINDOW_FILES = List.of(".claimscape", ".geojson", ".json", ".geojson.gz");

    private Main() {
    }

    public static void main(String[] args) {
        List<Path> files = filesToOpen(args);
        if (args.length == 0 || !files.isEmpty()) {
            Optional<Integer> child = Launcher.runWithClassArchive(List.of(args));
            if (child.isPresent()) {
                System.exit(child.get());
            }
            Application.launch(ClaimscapeApp.class, args);
            return;
        }
        Optional<Integer> child = Launcher.runCommandInChild(List.of(args));
        if (child.isPresent()) {
            System.exit(child.get());
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        /*
         * An export: fonts and PDFBox get ready on another thread while picocli and the bundled layers load, and the
         * page's map reads the shapes earlier runs (and the build's training exports) simplified, as the window does.
         */
        boolean export = args[0].equals(Launcher.EXPORT_COMMAND);
        if (export) {
            ExportWarmUp.start();
            SimplifiedLayer.useStore(ShapeDiskCache.userCache(Launcher.seed("shapes")));
        }
        int code = ClaimscapeCommand.run(args, out, err);
        if (export) {
            SimplifiedLayer.saveChanges();
        }
        System.exit(code);
    }

    /**
     * The files the window is to open: every argument an existing file with a window file's extension and none a
     * command's name ({@code claimscape validate x.geojson} stays a command); empty otherwise.
     */
    static List<Path> filesToOpen(String[] args) {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            String lower = a.toLowerCase(Locale.ROOT);
            // the cheap tests first: a command line ("info x.gpkg") is told without building picocli's model
            if (a.startsWith("-") || WINDOW_FILES.stream().noneMatch(lower::endsWith)
                    || ClaimscapeCommand.commandLine().getSubcommands().containsKey(a)) {
                return List.of();
            }
            try {
                Path p = Path.of(a);
                if (!Files.isRegularFile(p)) {
                    return List.of();
                }
                files.add(p.toAbsolutePath().normalize());
            } catch (InvalidPathException e) {
                return List.of();
            }
        }
        return files;
    }
}

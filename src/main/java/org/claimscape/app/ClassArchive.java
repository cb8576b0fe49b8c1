package org.claimscape.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Build step ({@code mvn package}, after the jar is made): prepares the first launch of the jar, so that it starts
 * as fast as later ones. Everything goes into {@code claimscape-startup/} next to the jar
 * ({@link Launcher#startupFolder}).
 *
 * <ol>
 *   <li>A training run of the real window on a first run's home view, headless under Monocle (no display needed),
 *       up to its built panels, lists the classes it loads ({@code -XX:DumpLoadedClassList}). The basemap tiles
 *       and simplified shapes it made are kept: the launcher has the window read them as part of its caches.</li>
 *   <li>Two training exports (the default page and the pack) add the classes an export loads (PDFBox, fonts,
 *       page layout) to the list, and the shapes of the pages' zoom levels to the kept ones.</li>
 *   <li>{@code java -Xshare:dump} writes a static class-data archive of those classes (JDK, JavaFX, JTS,
 *       Claimscape) for the jar, named as {@link Launcher} looks for it.</li>
 * </ol>
 *
 * Never fails the build: without the archive the launcher records one on the first launch, as before. Classes
 * only the real display loads (GTK's, not Monocle's) are loaded from the jar as usual.
 *
 * <p>Usage: {@code ClassArchive <claimscape.jar> <openjfx-monocle.jar>}
 */
public final class ClassArchive {

    private static final long TRAINING_SECONDS = 180;
    private static final long DUMP_SECONDS = 180;

    private ClassArchive() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: ClassArchive <claimscape.jar> <openjfx-monocle.jar>");
            return;
        }
        long t0 = System.nanoTime();
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path monocle = Path.of(args[1]).toAbsolutePath();
        try {
            Path archive = make(jar, monocle);
            System.out.printf(Locale.ROOT, "[claimscape] class-data archive %s (%.1f MB) made in %.1f s%n",
                    jar.getParent().relativize(archive), Files.size(archive) / 1e6, (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            System.out.println("[claimscape] no class-data archive (the first launch will record one): "
                    + e.getMessage());
        }
    }

    /** Makes the archive for the jar and returns it; the folder is emptied first. */
    static Path make(Path jar, Path monocle) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(monocle)) {
            throw new IOException("missing " + (Files.isRegularFile(jar) ? monocle : jar));
        }
        Path folder = Launcher.startupFolder(jar);
        deleteTree(folder);
        Files.createDirectories(folder);
        Path home = folder.resolve("training");
        Path classList = folder.resolve("classes.lst");
        List<String> training = new ArrayList<>(List.of(java(), "-XX:DumpLoadedClassList=" + classList,
                Launcher.WINDOW_JIT, "-Dclaimscape.cds=false", "-D" + ClaimscapeApp.EXIT_PROPERTY + "=true",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dheadless.geometry=1600x1000-32",
                "-Dprism.order=sw",
                "-Djava.io.tmpdir=" + home, "-cp", jar + File.pathSeparator + monocle, Main.class.getName()));
        ProcessBuilder train = new ProcessBuilder(training).redirectErrorStream(true)
                .redirectOutput(folder.resolve("training.log").toFile());
        for (String dir : new String[] {"CONFIG", "CACHE", "STATE"}) {
            Path p = home.resolve(dir.toLowerCase(Locale.ROOT));
            Files.createDirectories(p);
            train.environment().put("XDG_" + dir + "_HOME", p.toString());
        }
        run(train, TRAINING_SECONDS, "training run", folder.resolve("training.log"));
        /*
         * Training exports (a page and the pack, which draws every kind of sheet) add PDFBox's, the fonts' and the
         * page layout's classes, and the shapes of the pages' zoom levels: an export then starts as the window does.
         */
        List<String> lists = new ArrayList<>(List.of(classList.toString()));
        for (String[] export : new String[][] {{"page.pdf"}, {"pack.pdf", "--pack"}}) {
            Path list = folder.resolve("export-" + export[0] + ".lst");
            List<String> exporting = new ArrayList<>(List.of(java(), "-XX:DumpLoadedClassList=" + list,
                    Launcher.WINDOW_JIT, "-Dclaimscape.cds=false", "-Djava.awt.headless=true",
                    "-Djava.io.tmpdir=" + home, "-cp", jar.toString(), Main.class.getName(),
                    Launcher.EXPORT_COMMAND, "--out", home.resolve(export[0]).toString()));
            exporting.addAll(Arrays.asList(export).subList(1, export.length));
            ProcessBuilder exportRun = new ProcessBuilder(exporting).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("training.log").toFile()));
            exportRun.environment().putAll(train.environment());
            try {
                run(exportRun, TRAINING_SECONDS, "training export", folder.resolve("training.log"));
                lists.add(list.toString());
            } catch (IOException e) {
                /* The window's archive still stands; exports then load their own classes from the jar. */
                System.out.println("[claimscape] class-data archive without the export's classes: " + e.getMessage());
                Files.deleteIfExists(list);
            }
        }
        merge(lists, classList);
        /* The tiles and shapes it made for the home view are the first launch's too: the same jar drew them. */
        for (String kind : new String[] {"tiles", "shapes"}) {
            Path made = home.resolve("cache").resolve("claimscape").resolve(kind);
            if (Files.isDirectory(made)) {
                Files.move(made, folder.resolve(kind));
            }
        }
        deleteTree(home);
        if (!Launcher.nonEmptyFile(classList)) {
            throw new IOException("the training run listed no classes (see " + folder.resolve("training.log") + ")");
        }
        Path archive = folder.resolve(Launcher.archiveName(jar));
        Path log = folder.resolve("dump.log");
        /* The class path exactly as the launcher passes it: the JVM checks it against the archive's. */
        ProcessBuilder dump = new ProcessBuilder(java(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        run(dump, DUMP_SECONDS, "archive dump", log);
        if (!Launcher.nonEmptyFile(archive)) {
            throw new IOException("java -Xshare:dump made no archive (see " + log + ")");
        }
        return archive;
    }

    /* The classes of all the lists, each once, in the order first listed, into the first list; the others go. */
    private static void merge(List<String> lists, Path into) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        for (String l : lists) {
            for (String line : Files.readAllLines(Path.of(l))) {
                if (!line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        Files.write(into, lines);
        for (String l : lists.subList(1, lists.size())) {
            Files.delete(Path.of(l));
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void run(ProcessBuilder pb, long seconds, String what, Path log)
            throws IOException, InterruptedException {
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(what + " took over " + seconds + " s (see " + log + ")");
        }
        if (p.exitValue() != 0) {
            throw new IOException(what + " failed with exit code " + p.exitValue() + " (see " + log + ")");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

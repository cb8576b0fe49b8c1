package org.claimscape.app;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.claimscape.map.TileDiskCache;

/**
 * Starts the window in a child JVM that uses an application class-data archive (AppCDS) of Claimscape's own
 * classes, JavaFX, JTS and the rest: the archive saves loading and verifying some 5,900 classes on every launch.
 * The build makes one next to the jar ({@link ClassArchive}). Without it (another Java, a moved jar), and as
 * Java 17 cannot create one on its own ({@code -XX:+AutoCreateSharedArchive} came in 19), the first launch runs
 * the child with {@code -XX:ArchiveClassesAtExit} and keeps the archive in the user's cache folder when the child
 * ends cleanly; later launches map it. Archives are named after the jar (path, size, time) and the JVM, so a new
 * build or Java version makes a new one.
 *
 * <p>Used only when running from {@code claimscape.jar}; any failure to start the child falls back to the
 * window in this JVM. {@code -Dclaimscape.cds=false} turns it off. The child also gets {@link #WINDOW_JIT}.
 */
final class Launcher {

    /* Looked up only when something goes wrong: logging and management beans cost the launch 40 ms. */
    private static Logger log() {
        return Logger.getLogger(Launcher.class.getName());
    }
    /**
     * Set in the child: when the parent's main started (epoch ms), so start-up times count from the user's launch
     * (less the parent JVM's own start, about 0.1 s, which only a clock outside can see). A value given to the
     * parent (a benchmark's clock, taken before {@code java} was started) is passed on as is.
     */
    static final String LAUNCHED_PROPERTY = "claimscape.launchedAt";
    private static final String CHILD_PROPERTY = "claimscape.cds.child";
    /**
     * Set in the child when the build's archive is used: the folder with the tiles and simplified shapes of the
     * build's training run, which the window reads as a read-only part of its caches.
     */
    static final String SEED_PROPERTY = "claimscape.seedCache";
    /**
     * The window's JVM compiles with C1 only. On 2 cores the C2 compiler's work (3.5 s of CPU in the first seconds)
     * competes with drawing: without it the first map comes about 1.3 s sooner and pan/zoom frames' p95 drops from
     * about 52 to 30 ms, while heavy work (reading, drawing a map) runs 1.2 to 2 times slower than fully compiled.
     * The same flag is in the pom for {@code mvn javafx:run}; give any tiered-compilation flag to override it.
     */
    static final String WINDOW_JIT = "-XX:TieredStopAtLevel=1";

    private Launcher() {
    }

    /**
     * Runs the window in a child JVM with the class-data archive, returning its exit code; empty when this JVM
     * should open the window itself.
     */
    static Optional<Integer> runWithClassArchive(List<String> appArgs) {
        long mainEntered = System.currentTimeMillis();
        Optional<Child> c = child(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
        if (c.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<String> options = new ArrayList<>(c.get().jvmArgs());
            if (System.getProperty(LAUNCHED_PROPERTY) == null) {
                options.add("-D" + LAUNCHED_PROPERTY + "=" + mainEntered);
            }
            ChildLaunch launch = plan(c.get().jar(), c.get().java(), options,
                    TileDiskCache.userCacheFolder().resolve("claimscape").resolve("cds"), appArgs);
            int code = run(launch.command());
            Path fresh = launch.recording();
            if (fresh != null && code == 0 && nonEmptyFile(fresh)) {
                Files.move(fresh, launch.archive(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                removeOtherArchives(fresh.getParent(), launch.archive());
            }
            return Optional.of(code);
        } catch (IOException e) {
            log().log(Level.FINE, "class-data archive not used", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /** What a child JVM is started from: this jar, this Java, and the options this JVM was given. */
    private record Child(Path jar, Path java, List<String> jvmArgs) {
    }

    /*
     * The child to hand over to; none when told not to (-Dclaimscape.cds=false), when this is already the child, when
     * not run from the jar, or when this JVM was given a class-data or debugger option, or one that {@code ownOption}
     * says the child would override.
     */
    private static Optional<Child> child(Predicate<String> ownOption) {
        if (!Boolean.parseBoolean(System.getProperty("claimscape.cds", "true"))
                || System.getProperty(CHILD_PROPERTY) != null) {
            return Optional.empty();
        }
        List<String> jvmArgs = jvmOptions();
        if (jvmArgs.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-Xshare")
                || a.startsWith("-agentlib:jdwp") || ownOption.test(a))) {
            return Optional.empty();
        }
        Path jar = singleJar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (jar == null || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        return Optional.of(new Child(jar, java, jvmArgs));
    }

    /* Runs a child JVM sharing this one's console, stopped with it; its exit code. */
    private static int run(List<String> command) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        return child.waitFor();
    }

    /**
     * JVM options of a command-line run (a batch job: read, report, exit). The serial collector: on 2 cores G1's
     * concurrent threads and the heap it grows (600 MB resident for {@code info} on a million features, 260 MB with
     * this) cost more than they save; a small young generation keeps the resident memory of a streaming read near
     * its live data (190 MB) without more collection work.
     */
    static final List<String> COMMAND_JVM = List.of("-XX:+UseSerialGC", "-Xmn64m");

    /**
     * Runs a command (not the window) in a child JVM with {@link #COMMAND_JVM} and the build's class-data archive
     * when there is one, returning its exit code; empty when this JVM should run it (not from the jar, options of
     * its own for the collector or heap, {@code -Dclaimscape.cds=false}, or the child cannot start). The child costs
     * a JVM start (about 0.1 s), which the archive and the collector repay on any file worth timing.
     */
    static Optional<Integer> runCommandInChild(List<String> appArgs) {
        Optional<Child> c = child(a -> a.matches("-XX:[+-]Use\\w*GC") || a.startsWith("-Xmn")
                || a.startsWith("-XX:NewSize") || a.startsWith("-XX:MaxNewSize"));
        if (c.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(run(commandLine(c.get().jar(), c.get().java(), c.get().jvmArgs(), appArgs)));
        } catch (IOException e) {
            log().log(Level.FINE, "command run in this JVM", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /**
     * The command that draws pages ({@code export}) runs with C1 only ({@link #WINDOW_JIT}): a page runs a little of
     * a lot of code (fonts, layout, PDFBox, JTS) for a few seconds, and C2's compiling of it cost more CPU than it
     * saved: a page 5.9 → 3.0 s of CPU, the pack 14 → 6.5 s (src/bench/README.md, export-process).
     */
    static final String EXPORT_COMMAND = "export";

    /**
     * The command-line child's JVM: {@link #COMMAND_JVM}, the build's archive if any, the given options; for
     * {@link #EXPORT_COMMAND} also C1 only and the build's seed folder (the shapes its training export simplified).
     */
    static List<String> commandLine(Path jar, Path java, List<String> jvmArgs, List<String> appArgs)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(COMMAND_JVM);
        boolean export = !appArgs.isEmpty() && appArgs.get(0).equals(EXPORT_COMMAND);
        if (export && jvmArgs.stream().noneMatch(a -> a.contains("TieredStopAtLevel")
                || a.contains("TieredCompilation"))) {
            cmd.add(WINDOW_JIT);
        }
        Path built = startupFolder(jar).resolve(archiveName(jar));
        boolean useBuilt = nonEmptyFile(built);
        if (useBuilt) {
            cmd.add("-XX:SharedArchiveFile=" + built);
            cmd.add("-Xshare:auto");
            cmd.add("-Xlog:cds=off,cds+dynamic=off");
        }
        cmd.addAll(jvmArgs);
        cmd.add("-D" + CHILD_PROPERTY + "=true");
        if (export && useBuilt) {
            cmd.add("-D" + SEED_PROPERTY + "=" + built.getParent());
        }
        cmd.add("-cp");
        cmd.add(jar.toString());
        cmd.add(Main.class.getName());
        cmd.addAll(appArgs);
        return List.copyOf(cmd);
    }

    /**
     * The window's JVM: its command line, the archive it maps or will keep, and the file it records that archive in
     * (null when it maps one).
     */
    record ChildLaunch(List<String> command, Path archive, Path recording) {
    }

    /**
     * Plans the window's JVM for the jar: it maps the build's archive when there is one for this jar and Java (and
     * reads the build's seed tiles and shapes), else the archive an earlier launch kept in {@code cacheFolder}, else
     * records one there.
     */
    static ChildLaunch plan(Path jar, Path java, List<String> jvmArgs, Path cacheFolder) throws IOException {
        return plan(jar, java, jvmArgs, cacheFolder, List.of());
    }

    /** As {@link #plan(Path, Path, List, Path)}, the child opening the files given (the window's arguments). */
    static ChildLaunch plan(Path jar, Path java, List<String> jvmArgs, Path cacheFolder, List<String> appArgs)
            throws IOException {
        String name = archiveName(jar);
        Path built = startupFolder(jar).resolve(name);
        boolean useBuilt = nonEmptyFile(built);
        Path archive = useBuilt ? built : cacheFolder.resolve(name);
        Path recording = useBuilt || nonEmptyFile(archive) ? null : cacheFolder.resolve(name + ".part");
        if (recording != null) {
            Files.createDirectories(cacheFolder);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.add(recording == null ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + recording);
        cmd.add("-Xshare:auto");
        cmd.add("-Xlog:cds=off,cds+dynamic=off");
        if (jvmArgs.stream().noneMatch(a -> a.contains("TieredStopAtLevel") || a.contains("TieredCompilation"))) {
            cmd.add(WINDOW_JIT);
        }
        cmd.addAll(jvmArgs);
        cmd.add("-D" + CHILD_PROPERTY + "=true");
        if (useBuilt) {
            cmd.add("-D" + SEED_PROPERTY + "=" + built.getParent());
        }
        cmd.add("-cp");
        cmd.add(jar.toString());
        cmd.add(Main.class.getName());
        cmd.addAll(appArgs);
        return new ChildLaunch(List.copyOf(cmd), archive, recording);
    }

    /*
     * The JVM options this JVM was started with, to give the child the same: read from the command line (cheap),
     * else from the management beans. Options from JDK_JAVA_OPTIONS or JAVA_TOOL_OPTIONS are not on the command
     * line; the child inherits them with the environment.
     */
    private static List<String> jvmOptions() {
        Optional<String[]> args = ProcessHandle.current().info().arguments();
        if (args.isEmpty()) {
            return ManagementFactory.getRuntimeMXBean().getInputArguments();
        }
        List<String> out = new ArrayList<>();
        for (String a : args.get()) {
            if (a.equals("-jar") || a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
                return out;
            }
            if (!a.startsWith("-")) {
                /* An option's separate value (--add-opens X): the beans know how to read those. */
                break;
            }
            out.add(a);
        }
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /* The jar this runs from, when the class path is exactly one jar (java -jar claimscape.jar). */
    private static Path singleJar() {
        String cp = System.getProperty("java.class.path", "");
        if (cp.isEmpty() || cp.contains(File.pathSeparator) || !cp.toLowerCase(Locale.ROOT).endsWith(".jar")) {
            return null;
        }
        Path jar = Path.of(cp).toAbsolutePath();
        return Files.isRegularFile(jar) ? jar : null;
    }

    /** The build's seed folder of this kind ("tiles", "shapes") when the launcher named one, else null. */
    static Path seed(String kind) {
        String folder = System.getProperty(SEED_PROPERTY);
        return folder == null ? null : Path.of(folder, kind);
    }

    /* A file with something in it: an archive the JVM can map, or a list it can read. */
    static boolean nonEmptyFile(Path p) throws IOException {
        return Files.isRegularFile(p) && Files.size(p) > 0;
    }

    /**
     * Where the build puts what it made for the jar's first launch ({@link ClassArchive}): the class-data archive
     * and the training run's tiles and shapes, next to the jar.
     */
    static Path startupFolder(Path jar) {
        return jar.toAbsolutePath().resolveSibling("claimscape-startup");
    }

    /* Named after the jar (path, size, time) and the JVM: an archive made for another build or Java is not found. */
    static String archiveName(Path jar) throws IOException {
        String identity = jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|"
                + System.getProperty("java.vm.version") + "|" + System.getProperty("java.home");
        return String.format(Locale.ROOT, "claimscape-%08x.jsa", identity.hashCode());
    }

    /* Archives of older builds are dead weight (tens of MB each). */
    private static void removeOtherArchives(Path folder, Path keep) {
        try (var files = Files.list(folder)) {
            files.filter(p -> !p.equals(keep) && p.getFileName().toString().startsWith("claimscape-"))
                    .forEach(p -> {
                        try {
                            Files.deleteIfExists(p);
                        } catch (IOException e) {
                            log().log(Level.FINE, "cannot remove " + p, e);
                        }
                    });
        } catch (IOException e) {
            log().log(Level.FINE, "cannot list " + folder, e);
        }
    }
}

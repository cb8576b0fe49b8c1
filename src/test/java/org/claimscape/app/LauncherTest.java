package org.claimscape.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which class-data archive the window's and the commands' JVMs map, with which compiler, and whether they read the
 * build's seed tiles and shapes.
 */
class LauncherTest {

    @TempDir
    Path dir;
    private Path jar;
    private Path cache;
    private final Path javaCommand = Path.of("/opt/java/bin/java");

    @BeforeEach
    void aJar() throws Exception {
        Files.createDirectories(dir.resolve("build"));
        jar = Files.write(dir.resolve("build").resolve("claimscape.jar"), new byte[] {1, 2, 3},
                StandardOpenOption.CREATE_NEW);
        cache = dir.resolve("cache").resolve("cds");
    }

    private static String option(List<String> command, String prefix) {
        return command.stream().filter(a -> a.startsWith(prefix)).findFirst().orElse(null);
    }

    @Test
    void withoutAnyArchiveTheFirstLaunchRecordsOneInTheUsersCache() throws Exception {
        Launcher.ChildLaunch launch = Launcher.plan(jar, javaCommand, List.of("-Xmx1g"), cache);
        assertThat(launch.recording()).isEqualTo(cache.resolve(Launcher.archiveName(jar) + ".part"));
        assertThat(launch.archive()).isEqualTo(cache.resolve(Launcher.archiveName(jar)));
        assertThat(option(launch.command(), "-XX:ArchiveClassesAtExit=")).endsWith(".part");
        assertThat(option(launch.command(), "-XX:SharedArchiveFile=")).isNull();
        assertThat(option(launch.command(), "-Dclaimscape.seedCache=")).isNull();
        assertThat(launch.command()).contains("-Xmx1g", Launcher.WINDOW_JIT);
        assertThat(launch.command().subList(launch.command().size() - 3, launch.command().size()))
                .containsExactly("-cp", jar.toString(), Main.class.getName());
    }

    /** A file opened from the file manager reaches the window's JVM after its main class. */
    @Test
    void theFilesToOpenFollowTheMainClass() throws Exception {
        Launcher.ChildLaunch launch = Launcher.plan(jar, javaCommand, List.of(), cache, List.of("/data/work.claimscape"));
        List<String> cmd = launch.command();
        assertThat(cmd.subList(cmd.size() - 2, cmd.size())).containsExactly(Main.class.getName(),
                "/data/work.claimscape");
    }

    @Test
    void anArchiveKeptByAnEarlierLaunchIsMapped() throws Exception {
        Files.createDirectories(cache);
        Path kept = Files.write(cache.resolve(Launcher.archiveName(jar)), new byte[] {9});
        Launcher.ChildLaunch launch = Launcher.plan(jar, javaCommand, List.of(), cache);
        assertThat(launch.recording()).isNull();
        assertThat(option(launch.command(), "-XX:SharedArchiveFile=")).isEqualTo("-XX:SharedArchiveFile=" + kept);
        assertThat(option(launch.command(), "-Dclaimscape.seedCache=")).isNull();
    }

    @Test
    void theBuildsArchiveForThisJarComesFirstWithItsSeed() throws Exception {
        Files.createDirectories(cache);
        Files.write(cache.resolve(Launcher.archiveName(jar)), new byte[] {9});
        Path folder = Files.createDirectories(Launcher.startupFolder(jar));
        Path built = Files.write(folder.resolve(Launcher.archiveName(jar)), new byte[] {8});
        Launcher.ChildLaunch launch = Launcher.plan(jar, javaCommand, List.of("-XX:TieredStopAtLevel=4"), cache);
        assertThat(launch.recording()).isNull();
        assertThat(option(launch.command(), "-XX:SharedArchiveFile=")).isEqualTo("-XX:SharedArchiveFile=" + built);
        assertThat(option(launch.command(), "-Dclaimscape.seedCache=")).isEqualTo("-Dclaimscape.seedCache=" + folder);
        assertThat(launch.command()).as("the user's JIT choice stands").doesNotContain(Launcher.WINDOW_JIT);
    }

    @Test
    void anArchiveTheBuildMadeForAnotherJarIsNotUsed() throws Exception {
        Path folder = Files.createDirectories(Launcher.startupFolder(jar));
        String before = Launcher.archiveName(jar);
        Files.write(folder.resolve(before), new byte[] {8});
        Files.write(jar, new byte[] {1, 2, 3, 4});
        assertThat(Launcher.archiveName(jar)).isNotEqualTo(before);
        Launcher.ChildLaunch launch = Launcher.plan(jar, javaCommand, List.of(), cache);
        assertThat(launch.recording()).isNotNull();
        assertThat(option(launch.command(), "-Dclaimscape.seedCache=")).isNull();
    }

    @Test
    void aCommandRunsWithTheBatchCollectorAndTheBuildsArchiveWhenThereIsOne() throws Exception {
        List<String> without = Launcher.commandLine(jar, javaCommand, List.of("-Xmx800m"), List.of("info", "a.gpkg"));
        assertThat(without).startsWith(javaCommand.toString(), "-XX:+UseSerialGC", "-Xmn64m");
        assertThat(option(without, "-XX:SharedArchiveFile=")).isNull();
        assertThat(without).contains("-Xmx800m", "-Dclaimscape.cds.child=true").doesNotContain(Launcher.WINDOW_JIT);
        assertThat(without.subList(without.size() - 5, without.size()))
                .containsExactly("-cp", jar.toString(), Main.class.getName(), "info", "a.gpkg");

        Path built = Files.write(Files.createDirectories(Launcher.startupFolder(jar)).resolve(Launcher.archiveName(jar)),
                new byte[] {8});
        List<String> with = Launcher.commandLine(jar, javaCommand, List.of(), List.of("validate", "b.geojson"));
        assertThat(option(with, "-XX:SharedArchiveFile=")).isEqualTo("-XX:SharedArchiveFile=" + built);
        assertThat(option(with, "-Dclaimscape.seedCache=")).as("no window, no tiles").isNull();
    }

    @Test
    void anExportRunsWithC1OnlyAndReadsTheBuildsSeedShapes() throws Exception {
        List<String> without = Launcher.commandLine(jar, javaCommand, List.of(), List.of("export", "--out", "a.pdf"));
        assertThat(without).contains(Launcher.WINDOW_JIT);
        assertThat(option(without, "-Dclaimscape.seedCache=")).as("no build archive, no seed").isNull();

        Path folder = Files.createDirectories(Launcher.startupFolder(jar));
        Files.write(folder.resolve(Launcher.archiveName(jar)), new byte[] {8});
        List<String> with = Launcher.commandLine(jar, javaCommand, List.of("-XX:TieredStopAtLevel=4"),
                List.of("export", "--pack", "--out", "b.pdf"));
        assertThat(option(with, "-Dclaimscape.seedCache=")).isEqualTo("-Dclaimscape.seedCache=" + folder);
        assertThat(with).as("the user's JIT choice stands").doesNotContain(Launcher.WINDOW_JIT);
        assertThat(Launcher.commandLine(jar, javaCommand, List.of(), List.of("info", "export")))
                .as("only the export command").doesNotContain(Launcher.WINDOW_JIT);
    }
}

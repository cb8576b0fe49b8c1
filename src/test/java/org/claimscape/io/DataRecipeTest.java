package org.claimscape.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled layers are what their recipe makes: a rebuild of {@code data/} from {@code data/recipe/input}
 * reproduces every file byte for byte, and running the corrections again changes nothing. Needs Python 3 with
 * shapely and pyproj ({@code .ci/run} installs Debian's python3-shapely and python3-pyproj).
 */
class DataRecipeTest {

    private static final Path DATA = Path.of("data");

    @Test
    void theRecipeRebuildsTheBundledDataExactlyAndItsCorrectionsAreIdempotent(@TempDir Path tmp)
            throws Exception {
        Optional<String> python = pythonWithGeoLibraries();
        assumeTrue(python.isPresent(), "python3 with shapely and pyproj not found (Debian: python3-shapely "
                + "python3-pyproj): the data recipe is not rebuilt");
        copyTree(DATA, tmp.resolve("data"));

        String log = run(tmp, List.of("bash", "data/recipe/rebuild.sh"), python.get());
        assertTrue(log.contains("errors: 0"), "the recipe's own check found errors:\n" + log);
        assertSameFiles(tmp.resolve("data"), "rebuild");

        run(tmp, List.of(python.get(), "data/recipe/corrections_2024.py"), python.get());
        run(tmp, List.of(python.get(), "data/recipe/grades_2026.py"), python.get());
        run(tmp, List.of(python.get(), "data/recipe/corrections_2026.py"), python.get());
        run(tmp, List.of(python.get(), "data/recipe/additions_2026.py"), python.get());
        assertSameFiles(tmp.resolve("data"), "second run of the corrections");
    }

    private static void assertSameFiles(Path rebuilt, String what) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(DATA)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.toString().contains("__pycache__")).toList();
        }
        assertTrue(files.size() > 20, "data files found: " + files.size());
        List<String> differing = new ArrayList<>();
        for (Path f : files) {
            Path other = rebuilt.resolve(DATA.relativize(f).toString());
            if (Files.mismatch(f, other) != -1) {
                differing.add(DATA.relativize(f).toString());
            }
        }
        assertEquals(List.of(), differing, "files that differ from the bundled data after the " + what);
    }

    private static Optional<String> pythonWithGeoLibraries() throws InterruptedException {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import shapely, pyproj")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return Optional.of(candidate);
                }
            } catch (IOException notInstalled) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    private static String run(Path dir, List<String> command, String python) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("PYTHON", python);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + command);
        assertEquals(0, p.exitValue(), command + " failed:\n" + out);
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.toString().contains("__pycache__")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}

package org.claimscape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ClaimscapeCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void validateAcceptsEveryBundledFile() throws IOException {
        try (var files = Files.list(Path.of("data"))) {
            String[] args = files.filter(p -> p.toString().endsWith(".geojson")).map(Path::toString)
                    .sorted().toArray(String[]::new);
            assertThat(args).isNotEmpty();
            String[] all = new String[args.length + 2];
            all[0] = "validate";
            all[1] = "--strict";
            System.arraycopy(args, 0, all, 2, args.length);
            assertThat(run(all)).as(out.toString()).isZero();
        }
    }

    @Test
    void validateFailsWithTheProblemsPlace() throws IOException {
        Path bad = write("bad.geojson", "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[45,147]}}]}");
        assertThat(run("validate", bad.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("bad.geojson:2:").contains("feature #0").contains("latitude 147")
                .contains("INVALID");
    }

    @Test
    void validateRepairsIntoACopy() throws IOException {
        Path bowtie = write("bowtie.geojson", "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}}");
        assertThat(run("validate", bowtie.toString())).isEqualTo(1);
        assertThat(run("validate", "--repair", bowtie.toString())).isZero();
        Path repaired = tmp.resolve("bowtie.repaired.geojson");
        assertThat(repaired).exists();
        assertThat(run("validate", repaired.toString())).isZero();
    }

    @Test
    void missingFileIsInvalidInputNotACrash() {
        assertThat(run("validate", tmp.resolve("missing.geojson").toString())).isEqualTo(1);
        assertThat(out.toString()).contains("missing.geojson").contains("file not found");
    }

    @Test
    void infoSummarisesALayer() {
        assertThat(run("info", "data/military.geojson")).isZero();
        String text = out.toString();
        assertThat(text).contains("features:").contains("geometry types: Point").contains("bounding box:   lon 14")
                .contains("vertices:").contains("name_ja").contains("source_url").contains("time span:      19")
                .contains("0 errors");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("validate")).isEqualTo(2);
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(run("info", "--no-such-option", "x")).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : ClaimscapeCommand.commandLine().getSubcommands().keySet()) {
            out.getBuffer().setLength(0);
            assertThat(run(command, "--help")).as(command).isZero();
            assertThat(out.toString()).as(command).contains("Usage:");
        }
        assertThat(run("--help")).isZero();
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}

package org.claimscape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.format.LayerFormats;
import org.claimscape.io.postgis.PostgisServer;
import org.claimscape.model.Feature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands take a {@code postgresql://user@host:port/db?table=t} table wherever they take a layer file, with
 * the password from ~/.pgpass or PGPASSWORD, never from the command line; against the throwaway test server.
 */
@ExtendWith(PostgisServer.class)
class PostgisCommandsTest {

    /* The driver reads this file instead of ~/.pgpass (the tests cannot set PGPASSFILE in their own process). */
    private static final String PGPASS = "org.postgresql.pgpassfile";

    @TempDir
    static Path tmp;

    private static PostgisServer.Database db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void tables(PostgisServer.Database database) throws Exception {
        db = database;
        db.execute("CREATE TABLE posts (id serial PRIMARY KEY, name_en text, valid_from date, valid_to date,"
                        + " geom geometry(Point, 4326))",
                "INSERT INTO posts (name_en, valid_from, valid_to, geom) VALUES"
                        + " ('Burevestnik', '1946-01-01', '1993-12-31', 'SRID=4326;POINT(147.62 45.25)'),"
                        + " ('Mendeleyevo', '1960-01-01', NULL, 'SRID=4326;POINT(145.68 43.96)')",
                "CREATE TABLE bad (id serial PRIMARY KEY, geom geometry(Polygon, 4326))",
                "INSERT INTO bad (geom) VALUES ('SRID=4326;POLYGON((0 0, 2 2, 2 0, 0 2, 0 0))')",
                "CREATE TABLE plain (id int PRIMARY KEY, note text)");
    }

    @BeforeEach
    void passwordInPgpass() throws IOException {
        System.setProperty(PGPASS, pgpass(PostgisServer.PASSWORD).toString());
    }

    @AfterEach
    void forgetPgpass() {
        System.clearProperty(PGPASS);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return ClaimscapeCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    /** A ~/.pgpass-style file for the test database: host:port:database:user:password. */
    private static Path pgpass(String password) throws IOException {
        Path f = Files.createTempFile(tmp, "pgpass", "");
        Files.writeString(f, db.host() + ":" + db.port() + ":" + db.name() + ":" + db.user() + ":" + password + "\n");
        return f;
    }

    private static long count(String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Path sites() throws IOException {
        return Files.writeString(tmp.resolve("sites.geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"id\":\"kappa\",\"properties\":{\"name\":\"Post Kappa\","
                + "\"valid_from\":\"2019-04-01\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[145.86,44.02]}},"
                + "{\"type\":\"Feature\",\"id\":\"lambda\",\"properties\":{\"name\":\"Post Lambda\","
                + "\"valid_from\":\"2021-08-15\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[146.59,44.37]}}]}");
    }

    // ------------------------------------------------------------------ info and validate

    @Test
    void infoSummarisesATable() {
        assertThat(run("info", db.uri("posts"))).as(out.toString()).isZero();
        assertThat(out.toString()).contains("table=posts").contains("features:       2")
                .contains("Point 2").contains("1946-01-01 – …").contains("name_en");
    }

    @Test
    void validateNamesTheRowOfAnInvalidGeometryAndRepairsOnlyInMemory() throws Exception {
        assertThat(run("validate", db.uri("bad"))).isEqualTo(1);
        assertThat(out.toString()).contains("table=bad: error: feature #0 (id 1): invalid Polygon")
                .contains("INVALID");
        assertThat(run("validate", "--repair", db.uri("bad"))).isZero();
        assertThat(out.toString()).contains("repaired for drawing");
        assertThat(count("SELECT count(*) FROM bad WHERE ST_IsValid(geom)")).as("the table is unchanged").isZero();
    }

    // ------------------------------------------------------------------ convert

    @Test
    void convertWritesANewTableRefusesToOverwriteItAndAppendsOrReplacesWhenAsked() throws Exception {
        Path sites = sites();
        String table = db.uri("survey_sites");
        assertThat(run("convert", sites.toString(), table)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("wrote 2 features to the PostGIS table").contains("survey_sites")
                .contains("(new table)");
        assertThat(count("SELECT count(*) FROM survey_sites WHERE name = 'Post Kappa'"
                + " AND valid_from = '2019-04-01' AND ST_X(geom) = 145.86")).isEqualTo(1);

        assertThat(run("convert", sites.toString(), table)).isEqualTo(1);
        assertThat(err.toString()).contains(db.host() + ":" + db.port() + "/" + db.name())
                .contains("survey_sites").contains("exists already");
        assertThat(count("SELECT count(*) FROM survey_sites")).as("nothing written").isEqualTo(2);

        Path more = Files.writeString(tmp.resolve("more.geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"id\":\"mu\",\"properties\":{\"name\":\"Post Mu\",\"height\":12.5},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[147.1,44.9]}}]}");
        assertThat(run("convert", "--mode", "append", more.toString(), table)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("wrote 1 feature to").contains("(appended)");
        assertThat(count("SELECT count(*) FROM survey_sites WHERE height = 12.5")).as("a column added").isEqualTo(1);
        assertThat(run("convert", "--mode", "append", sites.toString(), table)).as("the same ids again").isEqualTo(1);
        assertThat(err.toString()).contains("survey_sites").contains("duplicate key");
        assertThat(count("SELECT count(*) FROM survey_sites")).as("all or nothing").isEqualTo(3);

        assertThat(run("convert", "--mode", "replace", sites.toString(), table)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("(replaced)");
        assertThat(count("SELECT count(*) FROM survey_sites")).isEqualTo(2);
    }

    @Test
    void convertReadsATableIntoAFile() {
        Path gpkg = tmp.resolve("from-db.gpkg");
        assertThat(run("convert", db.uri("posts"), gpkg.toString())).as(err.toString()).isZero();
        GeoJsonReadResult back = LayerFormats.read(gpkg, LayerReadOptions.defaults());
        assertThat(back.isValid()).isTrue();
        assertThat(back.features()).extracting(f -> f.string("name_en"))
                .containsExactlyInAnyOrder("Burevestnik", "Mendeleyevo");
        assertThat(back.features()).extracting(Feature::validity).anyMatch(v -> !v.isAlways());
        assertThat(run("info", gpkg.toString())).isZero();
        assertThat(out.toString()).contains("features:       2");
    }

    @Test
    void convertOptionsThatDoNotFitTheTargetAreUsageErrors() throws IOException {
        Path sites = sites();
        assertThat(run("convert", sites.toString(), sites.toString(), db.uri("two"))).isEqualTo(2);
        assertThat(err.toString()).contains("holds one layer");
        assertThat(run("convert", "--mode", "append", sites.toString(), tmp.resolve("x.kml").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--mode is for a PostGIS table");
        assertThat(run("convert", "--to", "kml", sites.toString(), db.uri("t"))).isEqualTo(2);
        assertThat(run("convert", sites.toString(), db.uri("t").replaceFirst("\\?table=t$", ""))).isEqualTo(2);
        assertThat(err.toString()).contains("no table given");
    }

    // ------------------------------------------------------------------ export

    @Test
    void exportDrawsATableOnTopOfTheBundledLayers() throws IOException {
        Path pdf = tmp.resolve("posts.pdf");
        assertThat(run("export", "--layers", "claims," + db.uri("posts"), "--out", pdf.toString(),
                "--date", "1980-06-01")).as(err.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Burevestnik").contains("Mendeleyevo");
        }
    }

    @Test
    void aBriefingPackDrawsATableOnEverySheetThatItsFeaturesFallOn() throws IOException {
        Path pdf = tmp.resolve("pack.pdf");
        assertThat(run("export", "--pack", "--layers", "claims," + db.uri("posts"), "--out", pdf.toString(),
                "--date", "1980-06-01")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("PDF briefing pack");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            assertThat(text.getText(doc)).as("the overview").contains("Burevestnik").contains("Mendeleyevo")
                    .contains("posts");
            /* Mendeleyevo (145.68° E, 43.96° N) is on Kunashir, Burevestnik (147.62° E) on Iturup. */
            String kunashir = null;
            for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String t = text.getText(doc);
                if (t.strip().startsWith("Kunashir")) {
                    kunashir = t;
                }
            }
            assertThat(kunashir).as("a Kunashir sheet").isNotNull();
            assertThat(kunashir).contains("Mendeleyevo").doesNotContain("Burevestnik");
        }
    }

    // ------------------------------------------------------------------ failures

    @Test
    void aRefusedPasswordNamesTheServerAndWhereThePasswordCameFrom() throws IOException {
        System.setProperty(PGPASS, pgpass("not-the-password").toString());
        assertThat(run("validate", db.uri("posts"))).isEqualTo(1);
        assertThat(out.toString()).contains("table=posts").contains(db.host() + ":" + db.port() + "/" + db.name())
                .contains("refused the user name or password").contains("~/.pgpass")
                .doesNotContain("not-the-password");
    }

    @Test
    void anUnreachableServerIsNamedWithItsPort() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String nowhere = "postgresql://" + db.user() + "@127.0.0.1:" + closed + "/" + db.name() + "?table=posts";
        assertThat(run("convert", nowhere, tmp.resolve("x.geojson").toString())).isEqualTo(1);
        assertThat(out.toString()).contains("127.0.0.1:" + closed + "/" + db.name())
                .contains("no PostgreSQL server answers");
        assertThat(err.toString()).contains("not converted");
        assertThat(run("convert", sites().toString(), nowhere)).isEqualTo(1);
        assertThat(err.toString()).contains("cannot write").contains("127.0.0.1:" + closed)
                .contains("no PostgreSQL server answers");
    }

    @Test
    void aMissingTableOrOneWithoutGeometryIsNamed() {
        assertThat(run("info", db.uri("missing"))).isEqualTo(1);
        assertThat(out.toString()).contains(db.name()).contains("no table or view missing");
        assertThat(run("export", "--layers", db.uri("plain"), "--out", tmp.resolve("p.pdf").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains(db.name()).contains("plain has no geometry column");
        assertThat(tmp.resolve("p.pdf")).doesNotExist();
    }

    @Test
    void aPasswordOnTheCommandLineIsRefusedAndNotRepeated() {
        String withPassword = db.uri("posts").replace(db.user() + "@", db.user() + ":hunter2@");
        for (String[] args : List.of(new String[] {"info", withPassword},
                new String[] {"convert", withPassword, tmp.resolve("y.geojson").toString()},
                new String[] {"export", "--layers", withPassword, "--out", tmp.resolve("y.pdf").toString()})) {
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString()).contains("PGPASSWORD").contains("~/.pgpass").doesNotContain("hunter2");
        }
    }

    /** PGPASSWORD is the process's environment: a command run as its own process, as a user runs it. */
    @Test
    void thePasswordCanComeFromPgpassword() throws Exception {
        assertThat(runProcess(PostgisServer.PASSWORD, "info", db.uri("posts"))).isZero();
        assertThat(out.toString()).contains("features:       2");
        assertThat(runProcess("wrong", "info", db.uri("posts"))).isEqualTo(1);
        assertThat(out.toString()).contains("refused the user name or password")
                .contains("the password was taken from PGPASSWORD");
    }

    private int runProcess(String pgpassword, String... args) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-cp", classpath, "org.claimscape.app.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", pgpassword);
        pb.environment().put("PGPASSFILE", tmp.resolve("no-pgpass").toString()); // only PGPASSWORD counts
        Process p = pb.start();
        out.getBuffer().setLength(0);
        out.write(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }
}

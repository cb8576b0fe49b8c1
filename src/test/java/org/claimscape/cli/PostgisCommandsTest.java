package org.claimscape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.claimscape.io.postgis.PostgisServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code info} and {@code validate} take a {@code postgresql://} table where they take a file. */
@ExtendWith(PostgisServer.class)
class PostgisCommandsTest {

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
                "INSERT INTO bad (geom) VALUES ('SRID=4326;POLYGON((0 0, 2 2, 2 0, 0 2, 0 0))')");
    }

    private int run(String... args) {
        return ClaimscapeCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static String uri(String table) {
        return "postgresql://" + db.user() + ":" + PostgisServer.PASSWORD + "@" + db.host() + ":" + db.port() + "/"
                + db.name() + "?table=" + table;
    }

    @Test
    void infoSummarisesATable() {
        assertThat(run("info", uri("posts"))).as(out.toString()).isZero();
        assertThat(out.toString()).contains("table=posts").contains("features:       2")
                .contains("Point 2").contains("1946-01-01 – …").contains("name_en")
                .doesNotContain(PostgisServer.PASSWORD);
    }

    @Test
    void validateNamesTheRowOfAnInvalidGeometryAndRepairsOnlyInMemory() {
        assertThat(run("validate", uri("bad"))).isEqualTo(1);
        assertThat(out.toString()).contains("table=bad: error: feature #0 (id 1): invalid Polygon")
                .contains("INVALID");
        out.getBuffer().setLength(0);
        assertThat(run("validate", "--repair", uri("bad"))).isZero();
        assertThat(out.toString()).contains("repaired for drawing");
    }

    @Test
    void aWrongPasswordOrAMissingTableIsAnErrorWithItsReason() {
        assertThat(run("validate", uri("posts").replace(PostgisServer.PASSWORD, "nope"))).isEqualTo(1);
        assertThat(out.toString()).contains("refused the user name or password").doesNotContain("nope@");
        out.getBuffer().setLength(0);
        assertThat(run("info", uri("missing"))).isEqualTo(1);
        assertThat(out.toString()).contains("no table or view missing");
    }
}

package org.claimscape.io.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonReadResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Connecting, and each way it goes wrong, worded for the user; the one-call source the command line uses. */
@ExtendWith(PostgisServer.class)
class PostgisConnectionTest {

    private static final String PGPASS = "org.postgresql.pgpassfile";
    private static PostgisServer.Database db;

    @BeforeAll
    static void tables(PostgisServer.Database database) throws Exception {
        db = database;
        db.execute("CREATE TABLE many (id integer PRIMARY KEY, geom geometry(Point, 4326))",
                "INSERT INTO many SELECT i, ST_SetSRID(ST_MakePoint(i % 360 - 180, 0), 4326)"
                        + " FROM generate_series(1, 20000) i",
                "CREATE TABLE nogeom (id integer PRIMARY KEY)");
    }

    @AfterEach
    void forgetPgpass() {
        System.clearProperty(PGPASS);
    }

    @Test
    void connectsWithAPasswordAndSaysWhetherTheLinkIsEncrypted() throws Exception {
        try (PostgisConnection c = PostgisConnection.open(db.spec(), PostgisServer.PASSWORD.toCharArray())) {
            assertThat(c.postgisVersion()).startsWith("3.");
            assertThat(c.isEncrypted()).isFalse(); // the test server offers no TLS; sslmode=prefer falls back
            assertThat(c.isAlive()).isTrue();
        }
    }

    @Test
    void takesThePasswordFromPgpass(@TempDir Path dir) throws Exception {
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "# host:port:database:user:password\n" + db.host() + ":" + db.port() + ":"
                + db.name() + ":" + db.user() + ":" + PostgisServer.PASSWORD + "\n");
        System.setProperty(PGPASS, pgpass.toString());
        try (PostgisConnection c = PostgisConnection.open(db.spec(), null)) {
            assertThat(c.isAlive()).isTrue();
        }
    }

    @Test
    void asksForAPasswordWhenNoneIsGivenOrFound(@TempDir Path dir) {
        System.setProperty(PGPASS, dir.resolve("no-such-pgpass").toString());
        PostgisException e = assertThrows(PostgisException.class, () -> PostgisConnection.open(db.spec(), null));
        assertThat(e.kind()).isEqualTo(PostgisException.Kind.NEEDS_PASSWORD);
        assertThat(e.getMessage()).contains(db.host() + ":" + db.port() + "/" + db.name()).contains("~/.pgpass");
    }

    @Test
    void aWrongPasswordIsSaidSo() {
        PostgisException e = assertThrows(PostgisException.class,
                () -> PostgisConnection.open(db.spec(), "not-the-password".toCharArray()));
        assertThat(e.kind()).isEqualTo(PostgisException.Kind.WRONG_PASSWORD);
        assertThat(e.getMessage()).contains("refused the user name or password").contains(db.name())
                .doesNotContain("not-the-password");
    }

    @Test
    void anUnreachableServerIsSaidSo() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        PostgisSpec nowhere = new PostgisSpec("127.0.0.1", closed, "gis", "ana", null, null);
        PostgisException e = assertThrows(PostgisException.class,
                () -> PostgisConnection.open(nowhere, "x".toCharArray()));
        assertThat(e.kind()).isEqualTo(PostgisException.Kind.UNREACHABLE);
        assertThat(e.getMessage()).contains("127.0.0.1:" + closed).contains("no PostgreSQL server answers");
    }

    @Test
    void aMissingDatabaseOrOneWithoutPostgisIsSaidSo() throws Exception {
        PostgisSpec missing = new PostgisSpec(db.host(), db.port(), "no_such_db", db.user(), null, null);
        PostgisException e = assertThrows(PostgisException.class,
                () -> PostgisConnection.open(missing, PostgisServer.PASSWORD.toCharArray()));
        assertThat(e.kind()).isEqualTo(PostgisException.Kind.NO_SUCH_DATABASE);
        assertThat(e.getMessage()).contains("no_such_db");
        db.execute("DROP DATABASE IF EXISTS plain_db", "CREATE DATABASE plain_db TEMPLATE template1");
        PostgisSpec plain = new PostgisSpec(db.host(), db.port(), "plain_db", db.user(), null, null);
        PostgisException p = assertThrows(PostgisException.class,
                () -> PostgisConnection.open(plain, PostgisServer.PASSWORD.toCharArray()));
        assertThat(p.kind()).isEqualTo(PostgisException.Kind.NO_POSTGIS);
        assertThat(p.getMessage()).contains("no PostGIS extension");
    }

    @Test
    void aConnectionDroppedMidReadKeepsWhatWasReadAndSaysSo() throws Exception {
        try (PostgisConnection c = PostgisConnection.open(db.spec(), PostgisServer.PASSWORD.toCharArray());
             Connection admin = db.connect()) {
            int pid = c.backendPid();
            PostgisTable many = c.table(db.spec().withTable("many", null));
            AtomicBoolean dropped = new AtomicBoolean();
            GeoJsonReadResult r = new PostgisLayerReader().withProgress(rows -> {
                if (rows >= 1000 && !dropped.getAndSet(true)) {
                    try (Statement s = admin.createStatement()) {
                        s.execute("SELECT pg_terminate_backend(" + pid + ")");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }).read(c, many);
            assertThat(dropped).isTrue();
            assertThat(r.isComplete()).isFalse();
            assertThat(r.features().size()).isBetween(1000, 19999);
            GeoJsonProblem p = r.errors().get(0);
            assertThat(p.kind()).isEqualTo(GeoJsonProblem.Kind.IO_ERROR);
            assertThat(p.message()).contains("connection to the server was lost after").contains("incomplete");
            assertThat(c.isAlive()).isFalse();
        }
    }

    @Test
    void theSourceReadsAUriAndReportsFailuresAsProblems() {
        String uri = "postgresql://" + db.user() + ":" + PostgisServer.PASSWORD + "@" + db.host() + ":" + db.port()
                + "/" + db.name() + "?table=many";
        GeoJsonReadResult r = PostgisSource.read(uri);
        assertThat(r.isValid()).isTrue();
        assertThat(r.features()).hasSize(20000);
        assertThat(r.file()).doesNotContain(PostgisServer.PASSWORD);
        GeoJsonReadResult bad = PostgisSource.read(uri.replace("many", "nogeom"));
        assertThat(bad.isValid()).isFalse();
        assertThat(bad.errors().get(0).toString()).contains("table=nogeom").contains("no geometry column")
                .doesNotContain(PostgisServer.PASSWORD);
        GeoJsonReadResult wrong = PostgisSource.read(uri.replace(PostgisServer.PASSWORD, "wrong"));
        assertThat(wrong.errors().get(0).message()).contains("refused the user name or password");
    }
}

package org.claimscape.io.postgis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Another session's committed change reaches a listener through the trigger (LISTEN/NOTIFY). */
@ExtendWith(PostgisServer.class)
class PostgisChangesTest {

    /* The listening loop runs where its caller says: here a pool of daemon threads of the test's own. */
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "postgis-listen-test");
        t.setDaemon(true);
        return t;
    });


    private static PostgisServer.Database db;

    @BeforeAll
    static void table(PostgisServer.Database database) throws Exception {
        db = database;
        db.execute("CREATE TABLE watched (id serial PRIMARY KEY, geom geometry(Point, 4326))",
                "CREATE TABLE unwatched (id serial PRIMARY KEY, geom geometry(Point, 4326))");
    }

    private static PostgisConnection connect() throws PostgisException {
        return PostgisConnection.open(db.spec(), PostgisServer.PASSWORD.toCharArray());
    }

    @Test
    void aCommittedChangeOfAWatchedTableIsHeard() throws Exception {
        BlockingQueue<PostgisChanges.Change> heard = new LinkedBlockingQueue<>();
        BlockingQueue<PostgisException> lost = new LinkedBlockingQueue<>();
        try (PostgisConnection c = connect()) {
            PostgisTable watched = c.table(db.spec().withTable("watched", null));
            assertThat(PostgisChanges.hasTrigger(c, watched)).isFalse();
            PostgisChanges.installTrigger(c, watched);
            PostgisChanges.installTrigger(c, watched); // again: replaced, not doubled
            assertThat(PostgisChanges.hasTrigger(c, watched)).isTrue();
            try (PostgisChanges listener = PostgisChanges.listen(connect(), RUNNER, heard::add, lost::add);
                 PostgisConnection other = connect()) {
                int otherPid = other.backendPid();
                db.execute("INSERT INTO unwatched (geom) VALUES ('SRID=4326;POINT(0 0)')");
                new PostgisLayerWriter().write(other, "public", "watched", java.util.List.of(
                        new org.claimscape.model.Feature(null, new org.locationtech.jts.io.WKTReader()
                                .read("POINT (1 1)"), java.util.Map.of())), PostgisLayerWriter.Mode.APPEND);
                PostgisChanges.Change change = heard.poll(20, TimeUnit.SECONDS);
                assertThat(change).isNotNull();
                assertThat(change.table()).isEqualTo("public.watched");
                assertThat(change.isOf(watched)).isTrue();
                assertThat(change.pid()).isEqualTo(otherPid);
                assertThat(heard).isEmpty(); // the unwatched table sent nothing
            }
            assertThat(lost).isEmpty();
        }
    }

    @Test
    void aDroppedListenerConnectionIsReportedOnce() throws Exception {
        BlockingQueue<PostgisException> lost = new LinkedBlockingQueue<>();
        PostgisConnection c = connect();
        int pid = c.backendPid();
        try (PostgisChanges listener = PostgisChanges.listen(c, RUNNER, change -> { }, lost::add)) {
            db.execute("SELECT pg_terminate_backend(" + pid + ")");
            PostgisException e = lost.poll(20, TimeUnit.SECONDS);
            assertThat(e).isNotNull();
            assertThat(e.kind()).isEqualTo(PostgisException.Kind.CONNECTION_LOST);
        }
    }
}

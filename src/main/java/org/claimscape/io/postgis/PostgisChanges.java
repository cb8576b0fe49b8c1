package org.claimscape.io.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Live updates through LISTEN/NOTIFY: {@link #installTrigger} puts a statement-level trigger on a table that
 * sends {@code schema.table} on the channel {@value #CHANNEL} after each insert, update, delete or truncate
 * (committed transactions only, as NOTIFY does); {@link #listen} opens a connection of its own that waits for
 * them on the caller's executor and hands each to a callback. One notification per statement, however many rows.
 *
 * <p>A listener is thread-safe; its callbacks run on the thread of the executor it was given.
 */
public final class PostgisChanges implements AutoCloseable {

    /** The notification channel the trigger sends on. */
    public static final String CHANNEL = "claimscape_changes";

    /** The trigger's name on each table. */
    public static final String TRIGGER = "claimscape_notify";

    private static final String FUNCTION = "claimscape_notify_change";

    /**
     * A change of a table.
     *
     * @param table {@code schema.name}
     * @param pid   the server process of the session that changed it (compare with
     *              {@link PostgisConnection#backendPid()} to skip one's own changes)
     */
    public record Change(String table, int pid) {
        /** Whether the change is of this table. */
        public boolean isOf(PostgisTable t) {
            return table.equals(t.schema() + "." + t.name());
        }
    }

    private final PostgisConnection connection;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closed;

    private PostgisChanges(PostgisConnection connection) {
        this.connection = connection;
    }

    /**
     * Installs (or replaces) the trigger on a table, and the function it calls (once per database). Needs the
     * right to create functions in {@code public} and triggers on the table.
     */
    public static void installTrigger(PostgisConnection connection, PostgisTable table) throws PostgisException {
        if (table.view()) {
            throw new PostgisException(PostgisException.Kind.WRITE_REFUSED, connection.spec().label() + "/"
                    + table.qualifiedName() + " is a view: changes are sent from the tables under it");
        }
        String fn = "CREATE OR REPLACE FUNCTION public." + FUNCTION + "() RETURNS trigger LANGUAGE plpgsql AS $f$ "
                + "BEGIN PERFORM pg_notify('" + CHANNEL + "', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME); "
                + "RETURN NULL; END $f$";
        Connection c = connection.jdbc();
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(fn);
                s.execute("DROP TRIGGER IF EXISTS " + TRIGGER + " ON " + table.sqlName());
                s.execute("CREATE TRIGGER " + TRIGGER + " AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "
                        + table.sqlName() + " FOR EACH STATEMENT EXECUTE FUNCTION public." + FUNCTION + "()");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw PostgisException.of(e, connection.spec().label() + "/" + table.qualifiedName(),
                    "install the change trigger on");
        }
    }

    /** Whether the table has the trigger. */
    public static boolean hasTrigger(PostgisConnection connection, PostgisTable table) throws PostgisException {
        try (PreparedStatement s = connection.jdbc().prepareStatement(
                "SELECT count(*) FROM pg_trigger WHERE tgrelid = to_regclass(?) AND tgname = ?")) {
            s.setString(1, table.sqlName());
            s.setString(2, TRIGGER);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw PostgisException.of(e, connection.spec().label(), "query");
        }
    }

    /**
     * Starts listening on a connection of its own (closed with the listener). The wait for notifications runs on
     * {@code runner} until the listener is closed: the window gives its one background executor, so no thread is
     * started here.
     *
     * @param connection a fresh connection, given over to the listener
     * @param runner     runs the listening loop (it blocks until {@link #close()})
     * @param onChange   each change, on the runner's thread
     * @param onLost     called once if the connection breaks; the listener then stops
     */
    public static PostgisChanges listen(PostgisConnection connection, Executor runner, Consumer<Change> onChange,
                                        Consumer<PostgisException> onLost) throws PostgisException {
        try (Statement s = connection.jdbc().createStatement()) {
            s.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            throw PostgisException.of(e, connection.spec().label(), "listen for changes on");
        }
        PostgisChanges l = new PostgisChanges(connection);
        Consumer<Change> changes = Objects.requireNonNull(onChange);
        Consumer<PostgisException> lost = Objects.requireNonNull(onLost);
        runner.execute(() -> l.loop(changes, lost));
        return l;
    }

    private void loop(Consumer<Change> onChange, Consumer<PostgisException> onLost) {
        try {
            PGConnection pg = connection.jdbc().unwrap(PGConnection.class);
            while (!closed) {
                PGNotification[] ns = pg.getNotifications(500);
                if (ns == null) {
                    continue;
                }
                for (PGNotification n : ns) {
                    if (CHANNEL.equals(n.getName())) {
                        onChange.accept(new Change(n.getParameter(), n.getPID()));
                    }
                }
            }
        } catch (SQLException e) {
            if (!closed) {
                onLost.accept(PostgisException.of(e, connection.spec().label(), "listen for changes on"));
            }
        } finally {
            stopped.countDown();
        }
    }

    /** Stops listening and closes the connection. */
    @Override
    public void close() {
        closed = true;
        connection.close();
        try {
            stopped.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

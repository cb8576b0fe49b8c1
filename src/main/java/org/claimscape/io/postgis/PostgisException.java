package org.claimscape.io.postgis;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * A PostGIS connection, read or write that failed, with what went wrong in plain words (naming the server and
 * the table) and its {@link Kind}, so the window can ask for a password or offer to retry.
 */
public class PostgisException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The server asks for a password and none was given nor found in ~/.pgpass. */
        NEEDS_PASSWORD,
        /** The server refused the user and password. */
        WRONG_PASSWORD,
        /** No server answers at the host and port (down, wrong port, firewall, unknown host). */
        UNREACHABLE,
        /** The server has no such database. */
        NO_SUCH_DATABASE,
        /** The database has no PostGIS extension. */
        NO_POSTGIS,
        /** No such table or view, or it has no geometry column. */
        NO_SUCH_TABLE,
        /** The connection broke during the work. */
        CONNECTION_LOST,
        /** The user may not read or write the table. */
        PERMISSION,
        /** The table cannot be written as asked (it exists, it has no key, a value does not fit). */
        WRITE_REFUSED,
        /** Anything else the server refused. */
        SERVER_ERROR
    }

    private final Kind kind;

    public PostgisException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public PostgisException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * An exception for a failed JDBC call, its kind read from the SQLSTATE (PostgreSQL appendix A) and the cause.
     *
     * @param where the server (and table) for the message, e.g. {@code claimscape@db.example:5432/gis}
     * @param doing what was being done ("connect to", "read", "write")
     */
    public static PostgisException of(SQLException e, String where, String doing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = e.getMessage() == null ? e.toString() : e.getMessage().strip();
        if (state.equals("28P01") || state.equals("28000")) {
            return new PostgisException(Kind.WRONG_PASSWORD, "Cannot " + doing + " " + where
                    + ": the server refused the user name or password (" + firstLine(detail) + ")", e);
        }
        if (state.equals("08004") && detail.toLowerCase().contains("password")) {
            return new PostgisException(Kind.NEEDS_PASSWORD, "Cannot " + doing + " " + where
                    + ": the server asks for a password, and none was given or found in ~/.pgpass", e);
        }
        if (state.equals("3D000")) {
            return new PostgisException(Kind.NO_SUCH_DATABASE, "Cannot " + doing + " " + where
                    + ": " + firstLine(detail), e);
        }
        if (state.equals("42P01") || state.equals("3F000")) {
            return new PostgisException(Kind.NO_SUCH_TABLE, "Cannot " + doing + " " + where + ": "
                    + firstLine(detail), e);
        }
        if (state.equals("42501")) {
            return new PostgisException(Kind.PERMISSION, "Cannot " + doing + " " + where
                    + ": permission denied (" + firstLine(detail) + ")", e);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            Throwable root = rootCause(e);
            boolean neverConnected = doing.startsWith("connect") && (root instanceof ConnectException
                    || root instanceof UnknownHostException || root instanceof NoRouteToHostException
                    || root instanceof SocketTimeoutException || state.equals("08001"));
            if (neverConnected) {
                String why = root instanceof UnknownHostException ? "unknown host"
                        : root instanceof SocketTimeoutException ? "no answer in time"
                        : "connection refused; is the server running, and is the port right?";
                return new PostgisException(Kind.UNREACHABLE, "Cannot " + doing + " " + where
                        + ": no PostgreSQL server answers (" + why + ")", e);
            }
            return new PostgisException(Kind.CONNECTION_LOST, "Cannot " + doing + " " + where
                    + ": the connection to the server was lost (" + firstLine(detail) + ")", e);
        }
        if (state.startsWith("23") || state.startsWith("22")) {
            return new PostgisException(Kind.WRITE_REFUSED, "Cannot " + doing + " " + where + ": "
                    + firstLine(detail), e);
        }
        return new PostgisException(Kind.SERVER_ERROR, "Cannot " + doing + " " + where + ": " + firstLine(detail)
                + (state.isEmpty() ? "" : " [SQLSTATE " + state + "]"), e);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String s) {
        String t = s.replaceFirst("^ERROR:\\s*", "").replaceFirst("^FATAL:\\s*", "");
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}

package org.claimscape.io.postgis;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.claimscape.io.IoText;

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
    private final transient IoText.Message text;

    public PostgisException(Kind kind, String message) {
        this(kind, IoText.literal(message), null);
    }

    public PostgisException(Kind kind, String message, Throwable cause) {
        this(kind, IoText.literal(message), cause);
    }

    /** An exception whose message is written in the default locale's language when asked for. */
    public PostgisException(Kind kind, IoText.Message text, Throwable cause) {
        super(null, cause);
        this.kind = kind;
        this.text = text;
    }

    public Kind kind() {
        return kind;
    }

    /** What went wrong, in the default locale's language (the window's interface language, the system's on the CLI). */
    @Override
    public String getMessage() {
        return text.toString();
    }

    /** What went wrong, as a message to write in any language. */
    public IoText.Message text() {
        return text;
    }

    /**
     * An exception for a failed JDBC call, its kind read from the SQLSTATE (PostgreSQL appendix A) and the cause.
     *
     * @param where the server (and table) for the message, e.g. {@code claimscape@db.example:5432/gis}
     * @param doing what was being done ("connect to", "read", "write to"): a key {@code io.pg.cannot.*} words it
     */
    public static PostgisException of(SQLException e, String where, String doing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = e.getMessage() == null ? e.toString() : e.getMessage().strip();
        IoText.Message cannot = cannot(doing, where);
        if (state.equals("28P01") || state.equals("28000")) {
            return new PostgisException(Kind.WRONG_PASSWORD, IoText.of("io.pg.wrong-password", cannot,
                    firstLine(detail)), e);
        }
        if (state.equals("08004") && detail.toLowerCase().contains("password")) {
            return new PostgisException(Kind.NEEDS_PASSWORD, IoText.of("io.pg.needs-password", cannot), e);
        }
        if (state.equals("3D000")) {
            return new PostgisException(Kind.NO_SUCH_DATABASE, IoText.of("io.pg.because", cannot, firstLine(detail)),
                    e);
        }
        if (state.equals("42P01") || state.equals("3F000")) {
            return new PostgisException(Kind.NO_SUCH_TABLE, IoText.of("io.pg.because", cannot, firstLine(detail)), e);
        }
        if (state.equals("42501")) {
            return new PostgisException(Kind.PERMISSION, IoText.of("io.pg.permission", cannot, firstLine(detail)), e);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            Throwable root = rootCause(e);
            boolean neverConnected = doing.startsWith("connect") && (root instanceof ConnectException
                    || root instanceof UnknownHostException || root instanceof NoRouteToHostException
                    || root instanceof SocketTimeoutException || state.equals("08001"));
            if (neverConnected) {
                String why = root instanceof UnknownHostException ? "io.pg.unknown-host"
                        : root instanceof SocketTimeoutException ? "io.pg.timeout" : "io.pg.refused";
                return new PostgisException(Kind.UNREACHABLE, IoText.of("io.pg.unreachable", cannot, IoText.of(why)),
                        e);
            }
            return new PostgisException(Kind.CONNECTION_LOST, IoText.of("io.pg.lost", cannot, firstLine(detail)), e);
        }
        if (state.startsWith("23") || state.startsWith("22")) {
            return new PostgisException(Kind.WRITE_REFUSED, IoText.of("io.pg.because", cannot, firstLine(detail)), e);
        }
        return new PostgisException(Kind.SERVER_ERROR, state.isEmpty()
                ? IoText.of("io.pg.because", cannot, firstLine(detail))
                : IoText.of("io.pg.server", cannot, firstLine(detail), state), e);
    }

    /* "Cannot connect to WHERE" in the language; a doing without its own words stays as the caller put it. */
    private static IoText.Message cannot(String doing, String where) {
        String verb = switch (doing) {
            case "connect to" -> "connect";
            case "read" -> "read";
            case "write to" -> "write";
            case "save to" -> "save";
            case "query" -> "query";
            case "list the tables of" -> "list";
            case "measure" -> "measure";
            case "explain a read of" -> "explain";
            case "listen for changes on" -> "listen";
            case "install the change trigger on" -> "trigger";
            default -> null;
        };
        return verb == null ? IoText.literal("Cannot " + doing + " " + where)
                : IoText.of("io.pg.cannot." + verb, where);
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

package org.claimscape.io.postgis;

import java.util.List;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.model.Feature;

/**
 * A PostGIS table as a source or a target, in one call, for the command line and anything else that takes a
 * {@code postgresql://user@host:port/db?table=t} URI where it takes a file: connect, read the whole table (or write
 * features to it), close. The password comes from the URI ({@code user:password@}), else the {@code PGPASSWORD}
 * environment variable, else {@code ~/.pgpass} (as libpq does); a refused or missing password is reported with
 * where it was looked for.
 *
 * <p>Stateless.
 */
public final class PostgisSource {

    private PostgisSource() {
    }

    /** Whether the text names a PostGIS source rather than a file. */
    public static boolean isUri(String text) {
        return PostgisSpec.isUri(text);
    }

    /** Reads the table with a reader that checks polygons (not repairing them). */
    public static GeoJsonReadResult read(String uri) {
        return read(uri, new PostgisLayerReader());
    }

    /**
     * Reads the table the URI names. Nothing is thrown: a bad URI, a wrong password, no server, no such table are
     * an {@code IO_ERROR} problem of an empty, incomplete result, as a missing file is for the file reader.
     */
    public static GeoJsonReadResult read(String uri, PostgisLayerReader reader) {
        String name = PostgisSpec.redact(uri);
        PostgisSpec spec;
        try {
            spec = PostgisSpec.parse(uri);
        } catch (IllegalArgumentException e) {
            return failed(name, e.getMessage());
        }
        name = spec.toUri();
        try (PostgisConnection c = PostgisConnection.open(spec, password(uri))) {
            PostgisTable table = c.table(spec);
            return reader.read(c, table);
        } catch (PostgisException e) {
            return failed(name, withPasswordHint(e, uri));
        }
    }

    /**
     * Writes features to the table the URI names, in one transaction (see {@link PostgisLayerWriter#write}).
     *
     * @return the number of rows written
     * @throws PostgisException naming the server and table: no server, a refused password, the table exists
     *                          (CREATE) or is missing (APPEND), a value that does not fit
     * @throws IllegalArgumentException when the URI is malformed or names no table
     */
    public static long write(String uri, List<Feature> features, PostgisLayerWriter.Mode mode)
            throws PostgisException {
        PostgisSpec spec = PostgisSpec.parse(uri);
        if (spec.table() == null) {
            throw new IllegalArgumentException("no table in " + spec.toUri() + " (add ?table=schema.name)");
        }
        try (PostgisConnection c = PostgisConnection.open(spec, password(uri))) {
            return new PostgisLayerWriter().write(c, spec.schema(), spec.tableName(), features, mode);
        } catch (PostgisException e) {
            throw new PostgisException(e.kind(), withPasswordHint(e, uri), e);
        }
    }

    /** The password of a URI, else of {@code PGPASSWORD}, else null (for ~/.pgpass). */
    public static char[] password(String uri) {
        return PostgisSpec.passwordIn(uri).orElseGet(() -> {
            String env = env();
            return env == null ? null : env.toCharArray();
        });
    }

    /* A refused or missing password says where it was looked for: the fix is there, not on the server. */
    private static String withPasswordHint(PostgisException e, String uri) {
        if (e.kind() == PostgisException.Kind.WRONG_PASSWORD) {
            String from = PostgisSpec.passwordIn(uri).isPresent() ? "the URI" : env() != null ? "PGPASSWORD"
                    : "~/.pgpass";
            return e.getMessage() + "; the password was taken from " + from;
        }
        if (e.kind() == PostgisException.Kind.NEEDS_PASSWORD) {
            return e.getMessage() + "; set PGPASSWORD, or add a line host:port:database:user:password to ~/.pgpass"
                    + " (chmod 600)";
        }
        return e.getMessage();
    }

    private static String env() {
        String env = System.getenv("PGPASSWORD");
        return env == null || env.isEmpty() ? null : env;
    }

    private static GeoJsonReadResult failed(String name, String message) {
        GeoJsonProblem p = new GeoJsonProblem(name, -1, -1, -1, null, GeoJsonProblem.Kind.IO_ERROR,
                GeoJsonProblem.Severity.ERROR, message);
        return new GeoJsonReadResult(name, List.of(), List.of(p), false, 0);
    }
}

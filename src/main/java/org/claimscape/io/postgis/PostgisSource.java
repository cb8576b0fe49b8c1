package org.claimscape.io.postgis;

import java.util.List;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonReadResult;

/**
 * A PostGIS table as a source, in one call, for the command line and anything else that reads a
 * {@code postgresql://user@host:port/db?table=t} URI where it reads a file: connect, read the whole table, close.
 * The password comes from the URI ({@code user:password@}), else the {@code PGPASSWORD} environment variable,
 * else {@code ~/.pgpass} (as libpq does).
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
            return failed(name, e.getMessage());
        }
    }

    /** The password of a URI, else of {@code PGPASSWORD}, else null (for ~/.pgpass). */
    public static char[] password(String uri) {
        return PostgisSpec.passwordIn(uri).orElseGet(() -> {
            String env = System.getenv("PGPASSWORD");
            return env == null || env.isEmpty() ? null : env.toCharArray();
        });
    }

    private static GeoJsonReadResult failed(String name, String message) {
        GeoJsonProblem p = new GeoJsonProblem(name, -1, -1, -1, null, GeoJsonProblem.Kind.IO_ERROR,
                GeoJsonProblem.Severity.ERROR, message);
        return new GeoJsonReadResult(name, List.of(), List.of(p), false, 0);
    }
}

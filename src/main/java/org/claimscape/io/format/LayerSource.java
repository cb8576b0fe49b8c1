package org.claimscape.io.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.WriteReport;
import org.claimscape.io.postgis.PostgisException;
import org.claimscape.io.postgis.PostgisLayerReader;
import org.claimscape.io.postgis.PostgisLayerWriter;
import org.claimscape.io.postgis.PostgisSource;
import org.claimscape.io.postgis.PostgisSpec;
import org.claimscape.model.Layer;

/**
 * Where layers are read from or written to, as a command line names it: a layer file in any {@link LayerFormat}
 * ({@link LayerFormats} tells which), or a PostGIS table, {@code postgresql://user@host:port/database?table=t}.
 * Commands take either wherever they take one, so a table is one more source and target, not a case of its own.
 *
 * <p>A table's password comes from {@code PGPASSWORD} or {@code ~/.pgpass}, never from the text: a URI with a
 * password is refused, since a command line shows in the process list and the shell's history. Immutable.
 */
public final class LayerSource {

    private final Path file;
    private final PostgisSpec table;

    private LayerSource(Path file, PostgisSpec table) {
        this.file = file;
        this.table = table;
    }

    /** A layer file. */
    public static LayerSource of(Path file) {
        return new LayerSource(Objects.requireNonNull(file), null);
    }

    /**
     * A file name or a {@code postgresql://} (or {@code postgres://}) URI naming a table.
     *
     * @throws IllegalArgumentException for a malformed URI, one without {@code ?table=}, one with a password, or
     *                                  a file name the system cannot have
     */
    public static LayerSource parse(String text) {
        if (!PostgisSource.isUri(text)) {
            return of(Path.of(text));
        }
        if (PostgisSpec.passwordIn(text).isPresent()) {
            throw new IllegalArgumentException(PostgisSpec.redact(text) + ": a password in the URI is refused, as "
                    + "anyone on the machine can read a command line (ps, the shell's history); set PGPASSWORD, or "
                    + "add a line host:port:database:user:password to ~/.pgpass (chmod 600)");
        }
        PostgisSpec spec = PostgisSpec.parse(text);
        if (spec.table() == null) {
            throw new IllegalArgumentException(spec.toUri() + ": no table given (add ?table=name or "
                    + "?table=schema.name)");
        }
        return new LayerSource(null, spec);
    }

    /** Whether this is a PostGIS table rather than a file. */
    public boolean isTable() {
        return table != null;
    }

    /** The file, or null for a table. */
    public Path file() {
        return file;
    }

    /** The table and its connection, or null for a file. */
    public PostgisSpec table() {
        return table;
    }

    /** For messages: the file as given, or the table's URI (never with a password). */
    public String name() {
        return table != null ? table.toUri() : file.toString();
    }

    /** A name for the layer read from it: the file's name without its format ending, or the table's name. */
    public String layerName() {
        if (table != null) {
            return table.tableName();
        }
        String n = file.getFileName().toString();
        for (LayerFormat f : LayerFormat.values()) {
            for (String e : f.endings()) {
                if (n.toLowerCase(Locale.ROOT).endsWith(e) && n.length() > e.length()) {
                    return n.substring(0, n.length() - e.length());
                }
            }
        }
        return n;
    }

    /**
     * Reads every feature. Nothing is thrown: an unreadable file, an unreachable server, a refused password, a
     * missing table or one without geometry is an {@code IO_ERROR} problem of an empty, incomplete result.
     */
    public GeoJsonReadResult read(LayerReadOptions options) {
        if (table == null) {
            return LayerFormats.read(file, options);
        }
        return PostgisSource.read(table.toUri(), new PostgisLayerReader().withRepair(options.repair())
                .withValidation(options.validate()).withCancellation(options.cancelled()));
    }

    /**
     * Writes layers: to a file in a format (only a GeoPackage holds several), or to the table, in one transaction.
     *
     * @param format the file format (not used for a table)
     * @param mode   new table, replace it or append to it (not used for a file, which is replaced)
     * @return for a file, the files written and what the format could not keep; for a table, no files
     * @throws IOException naming the file, or the server and table, and what went wrong
     * @throws IllegalArgumentException when several layers are given for a target that holds one
     */
    public WriteReport write(List<Layer> layers, LayerFormat format, PostgisLayerWriter.Mode mode)
            throws IOException {
        if (table == null) {
            return LayerFormats.write(layers, file, format);
        }
        if (layers.size() != 1) {
            throw new IllegalArgumentException("a PostGIS table holds one layer: write one layer at a time");
        }
        try {
            PostgisSource.write(table.toUri(), layers.get(0).features(), mode);
            return new WriteReport(List.of(), List.of());
        } catch (PostgisException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}

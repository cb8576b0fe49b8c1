package org.claimscape.ui.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.IntBinaryOperator;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;

/**
 * The attribute table of a layer, without any control: its columns (the feature id, the geometry type, then every
 * property key of the layer in the order first met), each cell's text, and the rows a text filter and a sort by
 * one column leave ({@link Rows}). A column's {@link Kind} says how it sorts: numbers as numbers (numeric text
 * too), dates as dates (ISO 8601 years, year-months, dates and date-times), anything else as text ignoring case.
 * Empty cells sort last in either direction; equal cells keep the layer's order.
 *
 * <p>Immutable and thread-safe: building, filtering and sorting a large layer run off the FX thread, and may be
 * cancelled through their {@link Progress}.
 */
public final class AttributeTableModel {

    /** How a column sorts. */
    public enum Kind { NUMBER, DATE, TEXT }

    /** What a column shows. */
    public enum Role { ID, GEOMETRY, PROPERTY }

    /**
     * One column.
     *
     * @param role what it shows
     * @param key  the property key (for {@link Role#PROPERTY}; "id" and "geometry" for the others)
     * @param kind how it sorts
     */
    public record Column(Role role, String key, Kind kind) {
    }

    /** What a long piece of work reports, and how it learns it is no longer wanted. */
    public interface Progress {
        /** A progress that nobody watches. */
        Progress NONE = new Progress() {
        };

        default boolean isCancelled() {
            return false;
        }

        default void worked(long done, long total) {
        }
    }

    /**
     * What the table shows: rows with a cell containing {@code filter} (ignoring case; blank for all), sorted by
     * the column at {@code sortColumn} (-1 for the layer's order).
     */
    public record Query(String filter, int sortColumn, boolean ascending) {
        /** Every row in the layer's order. */
        public static final Query ALL = new Query("", -1, true);

        public Query {
            filter = filter == null ? "" : filter.strip();
        }
    }

    /** The rows a query leaves, in order: row → index of the feature in the layer. Immutable. */
    public static final class Rows {
        private final Query query;
        private final int[] order;
        private final int total;

        private Rows(Query query, int[] order, int total) {
            this.query = query;
            this.order = order;
            this.total = total;
        }

        public Query query() {
            return query;
        }

        /** Rows shown. */
        public int size() {
            return order == null ? total : order.length;
        }

        /** Features in the layer. */
        public int total() {
            return total;
        }

        /** The index in the layer of the feature at a row. */
        public int featureIndex(int row) {
            return order == null ? row : order[row];
        }

        /** The row of the feature at an index of the layer, or -1 when the filter leaves it out. */
        public int rowOf(int featureIndex) {
            if (order == null) {
                return featureIndex >= 0 && featureIndex < total ? featureIndex : -1;
            }
            for (int r = 0; r < order.length; r++) {
                if (order[r] == featureIndex) {
                    return r;
                }
            }
            return -1;
        }
    }

    /* Bits of the kinds a value may be read as; a column is of a kind all its values may be read as. */
    private static final int NUMBER = 1;
    private static final int DATE = 2;
    private static final int ANY = NUMBER | DATE;
    private static final int STEP = 4096;

    private final Layer layer;
    private final List<Feature> features;
    private final List<Column> columns;

    private AttributeTableModel(Layer layer, List<Column> columns) {
        this.layer = layer;
        this.features = layer.features();
        this.columns = List.copyOf(columns);
    }

    /** The table of a layer (one pass over its features). */
    public static AttributeTableModel of(Layer layer) {
        return of(layer, Progress.NONE);
    }

    /**
     * The table of a layer, reporting its progress.
     *
     * @throws CancellationException when the progress says it is cancelled
     */
    public static AttributeTableModel of(Layer layer, Progress progress) {
        /* Per column: the kinds all its values so far may be read as, and whether it has a value at all. */
        Map<String, int[]> kinds = new LinkedHashMap<>();
        int[] idKinds = {ANY, 0};
        List<Feature> features = layer.features();
        int n = features.size();
        for (int i = 0; i < n; i++) {
            if (i % STEP == 0) {
                checkpoint(progress, i, n);
            }
            Feature f = features.get(i);
            seen(idKinds, f.rawId());
            for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                seen(kinds.computeIfAbsent(e.getKey(), x -> new int[] {ANY, 0}), e.getValue());
            }
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(Role.ID, "id", kind(idKinds)));
        columns.add(new Column(Role.GEOMETRY, "geometry", Kind.TEXT));
        kinds.forEach((key, k) -> columns.add(new Column(Role.PROPERTY, key, kind(k))));
        return new AttributeTableModel(layer, columns);
    }

    public Layer layer() {
        return layer;
    }

    public List<Column> columns() {
        return columns;
    }

    /** Features in the layer. */
    public int total() {
        return features.size();
    }

    public Feature feature(int index) {
        return features.get(index);
    }

    /** The index of this very feature in the layer (not an equal one), or -1. */
    public int indexOf(Feature f) {
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i) == f) {
                return i;
            }
        }
        return -1;
    }

    /** Every row in the layer's order (no work). */
    public Rows all() {
        return new Rows(Query.ALL, null, features.size());
    }

    /** A cell's value: the id as in the file, the geometry type, or the property's value (null when none). */
    public Object value(Feature f, int column) {
        Column c = columns.get(column);
        return switch (c.role()) {
            case ID -> f.rawId();
            case GEOMETRY -> f.geometry() == null ? null : f.geometry().getGeometryType();
            case PROPERTY -> f.property(c.key());
        };
    }

    /** A cell as text: numbers in plain digits, lists and objects as JSON, nothing as "". */
    public String text(Feature f, int column) {
        return text(value(f, column));
    }

    /** A value as the table writes it: numbers in plain digits, lists and objects as JSON, nothing as "". */
    public static String text(Object v) {
        return CellValues.text(v);
    }

    /**
     * The rows a query leaves, in order.
     *
     * @throws CancellationException when the progress says it is cancelled
     */
    public Rows query(Query q, Progress progress) {
        int n = features.size();
        String needle = q.filter();
        int[] kept;
        if (needle.isEmpty()) {
            if (q.sortColumn() < 0) {
                return new Rows(q, null, n);
            }
            kept = new int[n];
            Arrays.setAll(kept, i -> i);
        } else {
            int[] buf = new int[Math.min(n, 1024)];
            int count = 0;
            boolean numbers = CellValues.numbersMayContain(needle);
            for (int i = 0; i < n; i++) {
                if (i % STEP == 0) {
                    checkpoint(progress, i, q.sortColumn() < 0 ? n : 2L * n);
                }
                if (matches(features.get(i), needle, numbers)) {
                    if (count == buf.length) {
                        buf = Arrays.copyOf(buf, Math.min(n, buf.length * 2));
                    }
                    buf[count++] = i;
                }
            }
            kept = Arrays.copyOf(buf, count);
        }
        if (q.sortColumn() >= 0) {
            sort(kept, q.sortColumn(), q.ascending(), progress, needle.isEmpty() ? 0 : n);
        }
        progress.worked(1, 1);
        return new Rows(q, kept, n);
    }

    // ------------------------------------------------------------------ sorting

    /*
     * Sorts rows by a column in place: the cells' keys in primitive arrays (numbers and dates as doubles: seconds
     * since 1970 are exact in a double), a stable merge sort of their positions, empty cells after the others.
     */
    private void sort(int[] rows, int column, boolean ascending, Progress progress, long doneBefore) {
        Kind kind = columns.get(column).kind();
        int m = rows.length;
        long total = doneBefore + 2L * m;
        int[] present = new int[m];
        int[] empty = new int[m];
        double[] numbers = kind == Kind.TEXT ? null : new double[m];
        String[] texts = kind == Kind.TEXT ? new String[m] : null;
        int p = 0;
        int e = 0;
        for (int r = 0; r < m; r++) {
            if (r % STEP == 0) {
                checkpoint(progress, doneBefore + r, total);
            }
            Object v = value(features.get(rows[r]), column);
            Double number = v == null || kind == Kind.TEXT ? null : numberKey(v, kind);
            if (v == null || kind != Kind.TEXT && number == null) {
                empty[e++] = rows[r];
                continue;
            }
            if (texts != null) {
                /* Lower-cased once here: a million case-blind comparisons of each pair would cost seconds. */
                texts[p] = text(v).toLowerCase(Locale.ROOT);
            } else {
                numbers[p] = number;
            }
            present[p++] = rows[r];
        }
        IntBinaryOperator byKey = texts != null ? (a, b) -> texts[a].compareTo(texts[b])
                : (a, b) -> Double.compare(numbers[a], numbers[b]);
        int[] order = new int[p];
        Arrays.setAll(order, i -> i);
        mergeSort(order, ascending ? byKey : (a, b) -> byKey.applyAsInt(b, a), progress, doneBefore + m, m, total);
        for (int r = 0; r < p; r++) {
            rows[r] = present[order[r]];
        }
        System.arraycopy(empty, 0, rows, p, e);
    }

    /* A number cell as a number, a date cell as seconds since 1970; null when it is not one after all. */
    private static Double numberKey(Object v, Kind kind) {
        if (kind == Kind.NUMBER) {
            if (v instanceof Number n) {
                return n.doubleValue();
            }
            String t = text(v).strip();
            return CellValues.isNumber(t) ? Double.valueOf(t) : null;
        }
        Long seconds = CellValues.dateSeconds(text(v).strip());
        return seconds == null ? null : seconds.doubleValue();
    }

    /*
     * A bottom-up merge sort of positions: stable (equal cells keep the layer's order in either direction), no
     * boxing, and a checkpoint at every pass and every STEP merged positions.
     */
    private static void mergeSort(int[] a, IntBinaryOperator cmp, Progress progress, long doneBefore, long span,
                                  long total) {
        int n = a.length;
        int passes = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        int[] from = a;
        int[] to = new int[n];
        int pass = 0;
        for (int width = 1; width < n; width *= 2, pass++) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                if (lo % STEP < 2 * width) {
                    checkpoint(progress, doneBefore + span * pass / passes + span * lo / ((long) n * passes), total);
                }
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    if (i < mid && (j >= hi || cmp.applyAsInt(from[i], from[j]) <= 0)) {
                        to[k] = from[i++];
                    } else {
                        to[k] = from[j++];
                    }
                }
            }
            int[] t = from;
            from = to;
            to = t;
        }
        if (from != a) {
            System.arraycopy(from, 0, a, 0, n);
        }
    }

    // ------------------------------------------------------------------ kinds of values

    private static void seen(int[] column, Object value) {
        if (value != null && column[0] != 0) {
            column[0] &= kindsOf(value);
            column[1] = 1;
        }
    }

    /* A column without any value is text (it sorts as nothing anyway). */
    private static Kind kind(int[] column) {
        int bits = column[1] == 0 ? 0 : column[0];
        return (bits & NUMBER) != 0 ? Kind.NUMBER : (bits & DATE) != 0 ? Kind.DATE : Kind.TEXT;
    }

    /* Which kinds a value may be read as: "1855" is a number and a year, "1855-02" only a date. */
    private static int kindsOf(Object v) {
        if (v instanceof Number n) {
            return Double.isNaN(n.doubleValue()) ? 0 : NUMBER;
        }
        if (!(v instanceof String s)) {
            return 0;
        }
        String t = s.strip();
        int bits = CellValues.isNumber(t) ? NUMBER : 0;
        if (t.length() >= 4 && Character.isDigit(t.charAt(t.length() - 1 - (t.endsWith("Z") ? 1 : 0)))
                && CellValues.dateSeconds(t) != null) {
            bits |= DATE;
        }
        return bits;
    }

    // ------------------------------------------------------------------ text

    /* Whether a cell of the feature contains the text (ignoring case). */
    private boolean matches(Feature f, String needle, boolean numbers) {
        if (f.rawId() != null && (numbers || !(f.rawId() instanceof Number))
                && CellValues.containsIgnoreCase(text(f.rawId()), needle)) {
            return true;
        }
        if (f.geometry() != null && CellValues.containsIgnoreCase(f.geometry().getGeometryType(), needle)) {
            return true;
        }
        /* Every property of a feature is a column of its layer. */
        for (Object v : f.properties().values()) {
            if (v != null && (numbers || !(v instanceof Number)) && CellValues.containsIgnoreCase(text(v), needle)) {
                return true;
            }
        }
        return false;
    }

    private static void checkpoint(Progress progress, long done, long total) {
        if (progress.isCancelled()) {
            throw new CancellationException();
        }
        progress.worked(done, total);
    }
}

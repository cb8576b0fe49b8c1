package org.claimscape.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BoundedInputStream;
import org.claimscape.io.FeatureCollector;
import org.claimscape.io.FeatureCollector.Place;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.IoText;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.PropertyValues;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Reads a CSV (RFC 4180) or tab-separated file whose rows are features, with Apache Commons CSV, one record at a
 * time: the geometry from a latitude and a longitude column (WGS84 degrees) or from a WKT column, the other
 * columns as properties, a column named {@code id} as the feature id. The first row names the columns. Text is
 * UTF-8 (a byte-order mark is skipped); a {@code .csv} file's delimiter is the one of comma, semicolon and tab
 * that its header uses most. Values that read as whole numbers, decimals, {@code true}/{@code false} or JSON
 * arrays and objects are kept as such, empty cells are left out. Stateless apart from its options.
 */
public final class CsvLayerReader {

    /**
     * What the first rows of a file say about its columns.
     *
     * @param columns  the column names
     * @param sample   the first data row's values (shorter when the row is), or empty when there is none
     * @param detected the geometry columns found by their names
     */
    public record Header(List<String> columns, List<String> sample, char delimiter, Optional<CsvColumns> detected) {

        /** The columns whose first value is a number, in order: likely latitude and longitude. */
        public List<String> numericColumns() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < columns.size() && i < sample.size(); i++) {
                if (PropertyValues.parse(sample.get(i).strip().replace(',', '.')) instanceof Number) {
                    out.add(columns.get(i));
                }
            }
            return out;
        }
    }

    /** Longest header line looked at when guessing the delimiter. */
    private static final int HEADER_PEEK = 1 << 16;

    private final LayerReadOptions options;
    private final CsvColumns columns;

    /**
     * @param columns the geometry columns, or null to find them by their names (a file where none is found is
     *                refused with a message listing its columns; {@link #header} tells the columns beforehand)
     */
    public CsvLayerReader(LayerReadOptions options, CsvColumns columns) {
        this.options = options;
        this.columns = columns;
    }

    /** Reads the first rows: the columns, a sample, the delimiter, and the geometry columns found by name. */
    public static Header header(Path file) throws IOException {
        char delimiter = delimiter(file);
        try (Reader r = reader(Files.newInputStream(file));
             CSVParser p = format(delimiter).parse(r)) {
            List<String> names = new ArrayList<>(p.getHeaderNames());
            List<String> sample = new ArrayList<>();
            var records = p.iterator();
            if (records.hasNext()) {
                records.next().forEach(sample::add);
            }
            return new Header(names, sample, delimiter, CsvColumns.detect(names));
        }
    }

    public GeoJsonReadResult read(Path file) {
        String name = file.toString();
        FeatureCollector out = new FeatureCollector(name, options);
        char delimiter;
        try {
            delimiter = delimiter(file);
        } catch (NoSuchFileException e) {
            return FeatureCollector.failed(name, Kind.IO_ERROR, IoText.of("io.read.not-found"));
        } catch (IOException e) {
            return FeatureCollector.failed(name, Kind.IO_ERROR, IoText.of("io.read.cannot-read-file",
                    String.valueOf(e.getMessage())));
        }
        try (BoundedInputStream counted = BoundedInputStream.builder().setInputStream(Files.newInputStream(file))
                .get();
             Reader r = reader(counted);
             CSVParser p = format(delimiter).parse(r)) {
            read(p, counted, out, delimiter);
        } catch (UncheckedIOException e) {
            out.fatal(Kind.MALFORMED_JSON, Place.NONE, IoText.of("io.csv.unreadable", message(e.getCause())));
        } catch (IOException e) {
            out.fatal(Kind.MALFORMED_JSON, Place.NONE, IoText.of("io.csv.unreadable", message(e)));
        } catch (OutOfMemoryError e) {
            out.outOfMemory();
        }
        return out.result();
    }

    private void read(CSVParser p, BoundedInputStream counted, FeatureCollector out, char delimiter) {
        List<String> header = p.getHeaderNames();
        if (header.isEmpty()) {
            out.fatal(Kind.NOT_GEOJSON, new Place(1, -1), IoText.of("io.csv.empty"));
            return;
        }
        CsvColumns geo = columns != null ? columns : CsvColumns.detect(header).orElse(null);
        if (geo == null) {
            out.fatal(Kind.NOT_GEOJSON, new Place(1, -1), IoText.of("io.csv.no-geometry", String.join(", ", header)));
            return;
        }
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            at.putIfAbsent(header.get(i), i);
        }
        for (String c : geo.isWkt() ? List.of(geo.wkt()) : List.of(geo.latitude(), geo.longitude())) {
            if (!at.containsKey(c)) {
                out.fatal(Kind.NOT_GEOJSON, new Place(1, -1), IoText.of("io.csv.no-column", c,
                        String.join(", ", header)));
                return;
            }
        }
        List<String> keys = propertyKeys(header, out);
        WKTReader wkt = new WKTReader(new GeometryFactory());
        GeometryFactory factory = new GeometryFactory();
        boolean decimalComma = delimiter == ';';
        long line = 2;
        for (CSVRecord rec : p) {
            Place place = new Place(line, -1);
            line = p.getCurrentLineNumber() + 1;
            Object id = null;
            Integer idAt = at.get(PropertyValues.ID);
            if (idAt != null && idAt < rec.size()) {
                Object v = PropertyValues.parse(rec.get(idAt));
                id = PropertyValues.isId(v) ? v : null;
            }
            out.begin(id);
            out.progress(counted.getCount());
            if (rec.size() != header.size()) {
                out.warning(Kind.WRONG_TYPE, place, IoText.of("io.csv.fields", rec.size(), header.size()));
            }
            Geometry g;
            if (geo.isWkt()) {
                g = wkt(wkt, cell(rec, at.get(geo.wkt())), place, out, at.get(geo.wkt()) + 1);
            } else {
                g = point(factory, cell(rec, at.get(geo.latitude())), cell(rec, at.get(geo.longitude())),
                        decimalComma, place, out, geo);
            }
            Map<String, Object> props = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < rec.size(); i++) {
                String key = keys.get(i);
                if (key == null || i == at.get(geo.isWkt() ? geo.wkt() : geo.latitude())
                        || !geo.isWkt() && i == at.get(geo.longitude()) || id != null && i == idAt) {
                    continue;
                }
                Object v = PropertyValues.parse(rec.get(i));
                if (v != null) {
                    props.put(key, v);
                }
            }
            out.add(g, props, place);
        }
    }

    /* Property names per column; null for a column left out (a second column of the same name). */
    private static List<String> propertyKeys(List<String> header, FeatureCollector out) {
        List<String> keys = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String h : header) {
            if (seen.merge(h, 1, Integer::sum) > 1) {
                out.fileWarning(Kind.DUPLICATE, IoText.of("io.csv.duplicate-column", h));
                keys.add(null);
            } else {
                keys.add(h);
            }
        }
        return keys;
    }

    private static String cell(CSVRecord rec, int i) {
        return i < rec.size() ? rec.get(i).strip() : "";
    }

    private static Geometry wkt(WKTReader reader, String text, Place place, FeatureCollector out, int column) {
        if (text.isEmpty()) {
            return null;
        }
        String t = text.regionMatches(true, 0, "SRID=", 0, 5) && text.indexOf(';') > 0
                ? text.substring(text.indexOf(';') + 1) : text;
        try {
            return reader.read(t);
        } catch (ParseException | IllegalArgumentException e) {
            out.error(Kind.WRONG_TYPE, new Place(place.line(), column), IoText.of("io.csv.not-wkt", column,
                    String.valueOf(e.getMessage())));
            return null;
        }
    }

    private static Geometry point(GeometryFactory f, String lat, String lon, boolean decimalComma, Place place,
                                  FeatureCollector out, CsvColumns geo) {
        if (lat.isEmpty() && lon.isEmpty()) {
            return null;
        }
        Double y = number(lat, decimalComma);
        Double x = number(lon, decimalComma);
        if (y == null || x == null) {
            out.error(Kind.NOT_A_NUMBER, place, IoText.of("io.csv.not-degrees", y == null ? geo.latitude()
                    : geo.longitude(), y == null ? lat : lon));
            return null;
        }
        // a packed x, y pair: 2 small objects a point instead of a Coordinate array (a million points: 60 MB less)
        return f.createPoint(PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(new double[] {x, y}, 2));
    }

    private static Double number(String s, boolean decimalComma) {
        String t = decimalComma ? s.replace(',', '.') : s;
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode
                        .ALLOW_ALL).setIgnoreEmptyLines(true).setTrim(false).get();
    }

    /** UTF-8 without its byte-order mark; bytes that are not UTF-8 become U+FFFD. */
    private static Reader reader(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                1 << 16);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    /** Tab for .tsv/.tab; otherwise whichever of comma, semicolon and tab the first line has most of. */
    static char delimiter(Path file) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".tsv") || n.endsWith(".tab")) {
            return '\t';
        }
        String first;
        try (BufferedReader r = new BufferedReader(reader(Files.newInputStream(file)))) {
            char[] buf = new char[HEADER_PEEK];
            int len = r.read(buf);
            first = len <= 0 ? "" : new String(buf, 0, len);
        }
        int nl = first.indexOf('\n');
        String line = nl < 0 ? first : first.substring(0, nl);
        int commas = 0;
        int semis = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semis += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs > semis) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}

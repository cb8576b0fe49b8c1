package org.claimscape.io.kml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.io.input.BoundedInputStream;
import org.claimscape.io.FeatureCollector;
import org.claimscape.io.FeatureCollector.Place;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.IoText;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.PropertyValues;
import org.claimscape.io.SafeZip;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads KML 2.2 (OGC 07-147r2) and KMZ with the JDK's streaming XML parser (StAX), one Placemark at a time.
 *
 * <p>A Placemark becomes a feature: its {@code id} attribute the feature id, {@code <name>} and
 * {@code <description>} the properties {@code name} and {@code description}, {@code <ExtendedData>} (both
 * {@code <Data>} and the {@code <SchemaData>} GDAL writes) the other properties, a {@code <TimeSpan>} the
 * properties {@code valid_from} and {@code valid_to}, and the names of the Folders it sits in the property
 * {@code folder} ("Outer/Inner"). Geometry: Point, LineString, LinearRing, Polygon with holes and MultiGeometry,
 * coordinates "lon,lat[,alt]". Ground overlays, models, tracks and network links are skipped with a warning.
 *
 * <p>KMZ: the zip's {@code doc.kml}, else its first {@code .kml} entry, read through {@link SafeZip}. DTDs and
 * external entities are refused (XXE, billion laughs). Stateless apart from its options.
 */
public final class KmlLayerReader {

    /** Deepest MultiGeometry nesting accepted. */
    public static final int MAX_DEPTH = 32;

    private final LayerReadOptions options;

    public KmlLayerReader(LayerReadOptions options) {
        this.options = options;
    }

    /** Reads a .kml file, or a .kmz (decided by the name, and a zip is also recognised by its first bytes). */
    public GeoJsonReadResult read(Path file) {
        String name = file.toString();
        boolean kmz = name.toLowerCase(Locale.ROOT).endsWith(".kmz");
        try {
            if (kmz || SafeZip.looksLikeZip(file)) {
                return readKmz(file, name);
            }
            long size = Files.size(file);
            try (BoundedInputStream counted = BoundedInputStream.builder()
                    .setInputStream(Files.newInputStream(file)).get()) {
                return read(new BufferedInputStream(counted, 1 << 16), name, () -> counted.getCount(), size);
            }
        } catch (NoSuchFileException e) {
            return FeatureCollector.failed(name, Kind.IO_ERROR, IoText.of("io.read.not-found"));
        } catch (IOException e) {
            return FeatureCollector.failed(name, Kind.IO_ERROR, IoText.of("io.read.cannot-read-file",
                    String.valueOf(e.getMessage())));
        }
    }

    private GeoJsonReadResult readKmz(Path file, String name) throws IOException {
        if (!SafeZip.looksLikeZip(file)) {
            return FeatureCollector.failed(name, Kind.NOT_GEOJSON, IoText.of("io.kml.not-kmz"));
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            return FeatureCollector.failed(name, Kind.MALFORMED_JSON, IoText.of("io.shp.bad-zip",
                    String.valueOf(e.getMessage())));
        }
        try (ZipFile z = zip) {
            ZipEntry doc = z.getEntry("doc.kml");
            if (doc == null) {
                for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                    ZipEntry e = en.nextElement();
                    if (!e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".kml")) {
                        doc = e;
                        break;
                    }
                }
            }
            if (doc == null) {
                return FeatureCollector.failed(name, Kind.NOT_GEOJSON, IoText.of("io.kml.no-kml"));
            }
            long fileSize = Files.size(file);
            long packed = doc.getCompressedSize();
            long unpacked = doc.getSize();
            String entryName = name + "!/" + doc.getName();
            try (InputStream raw = SafeZip.limited(z.getInputStream(doc), entryName, SafeZip.limitFor(packed));
                 BoundedInputStream counted = BoundedInputStream.builder().setInputStream(raw).get()) {
                /* Progress in bytes of the .kmz: the inflated bytes scaled by the entry's packing ratio. */
                double scale = unpacked > 0 ? (double) fileSize / unpacked : 0;
                return read(new BufferedInputStream(counted, 1 << 16), entryName,
                        () -> (long) (counted.getCount() * scale), fileSize);
            }
        }
    }

    /** Reads a KML document from a stream (not closed); {@code name} is used in problem reports. */
    public GeoJsonReadResult read(InputStream in, String name) {
        return read(in, name, () -> 0L, -1);
    }

    private GeoJsonReadResult read(InputStream in, String name, java.util.function.LongSupplier bytes, long size) {
        FeatureCollector out = new FeatureCollector(name, options);
        XMLStreamReader x = null;
        try {
            x = xml().createXMLStreamReader(in);
            new Session(x, out, bytes).document();
        } catch (XMLStreamException e) {
            IOException io = ioCause(e);
            if (io != null) {
                out.fatal(io.getMessage() != null && io.getMessage().contains("zip bomb") ? Kind.TOO_LARGE
                        : Kind.IO_ERROR, place(e.getLocation()), IoText.of("io.read.cannot-read",
                        String.valueOf(io.getMessage())));
            } else {
                String msg = e.getMessage() == null ? "" : e.getMessage()
                        .replaceFirst("(?s)^ParseError at \\[[^]]*\\]\\s*Message: ", "");
                out.fatal(Kind.MALFORMED_JSON, place(e.getLocation()), IoText.of("io.kml.malformed", firstLine(msg)));
            }
        } catch (OutOfMemoryError e) {
            out.outOfMemory();
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException e) {
                    // nothing more to read
                }
            }
        }
        return out.result();
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() != t ? t.getCause() : null) {
            if (t instanceof IOException) {
                return (IOException) t;
            }
            if (t instanceof XMLStreamException && ((XMLStreamException) t).getNestedException() instanceof IOException) {
                return (IOException) ((XMLStreamException) t).getNestedException();
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    static XMLInputFactory xml() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    static Place place(Location l) {
        return l == null ? Place.NONE : new Place(l.getLineNumber(), l.getColumnNumber());
    }

    /** One read of a document. */
    private static final class Session {
        private final XMLStreamReader x;
        private final FeatureCollector out;
        private final java.util.function.LongSupplier bytes;
        /** Names of the Folders around the current element, outermost first. */
        private final Deque<String> folders = new ArrayDeque<>();
        private final Deque<String> containers = new ArrayDeque<>();
        private boolean warnedSkipped;
        private final KmlGeometryReader geometries;

        Session(XMLStreamReader x, FeatureCollector out, java.util.function.LongSupplier bytes) {
            this.x = x;
            this.out = out;
            this.bytes = bytes;
            this.geometries = new KmlGeometryReader(x, out, this::skipped);
        }

        void document() throws XMLStreamException {
            while (x.hasNext() && x.next() != XMLStreamConstants.START_ELEMENT) {
                // prolog: comments, processing instructions
            }
            if (!x.isStartElement()) {
                out.fatal(Kind.NOT_GEOJSON, place(x.getLocation()), IoText.of("io.kml.no-element"));
                return;
            }
            String root = x.getLocalName();
            if (!root.equals("kml") && !root.equals("Document") && !root.equals("Folder")
                    && !root.equals("Placemark")) {
                out.fatal(Kind.NOT_GEOJSON, place(x.getLocation()), IoText.of("io.kml.root", root));
                return;
            }
            if (root.equals("Placemark")) {
                placemark();
                return;
            }
            container(root);
        }

        /* Inside kml, Document or Folder: walks to its end, reading Placemarks and nested containers. */
        private void container(String element) throws XMLStreamException {
            /* A Document directly in <kml> is the layer itself; one nested in a container is a folder. */
            boolean folder = element.equals("Folder") || element.equals("Document") && !containers.isEmpty()
                    && !containers.peek().equals("kml");
            containers.push(element);
            boolean named = false;
            while (nextChild()) {
                String n = x.getLocalName();
                switch (n) {
                    case "name" -> {
                        String text = text();
                        if (folder && !named) {
                            folders.addLast(text.strip());
                            named = true;
                        }
                    }
                    case "Document", "Folder" -> {
                        if (folder && !named) {
                            folders.addLast(""); // an unnamed folder
                            named = true;
                        }
                        container(n);
                    }
                    case "Placemark" -> {
                        if (folder && !named) {
                            folders.addLast("");
                            named = true;
                        }
                        placemark();
                    }
                    case "GroundOverlay", "ScreenOverlay", "PhotoOverlay", "NetworkLink" -> {
                        skipped(n);
                        skip();
                    }
                    default -> skip();
                }
            }
            if (named) {
                folders.removeLast();
            }
            containers.pop();
        }

        private void skipped(String what) {
            if (!warnedSkipped) {
                warnedSkipped = true;
                out.fileWarning(Kind.WRONG_TYPE, IoText.of("io.kml.skipped", what,
                        Integer.toString(x.getLocation().getLineNumber())));
            }
        }

        private void placemark() throws XMLStreamException {
            Place at = place(x.getLocation());
            String attrId = x.getAttributeValue(null, "id");
            out.begin(attrId == null || attrId.isBlank() ? null : attrId);
            out.progress(bytes.getAsLong());
            Map<String, Object> props = new LinkedHashMap<>();
            Map<String, Object> extended = new LinkedHashMap<>();
            String begin = null;
            String end = null;
            Geometry geometry = null;
            boolean ok = true;
            while (nextChild()) {
                String n = x.getLocalName();
                switch (n) {
                    case "name", "description" -> {
                        String t = text();
                        if (!t.isEmpty()) {
                            props.put(n, t);
                        }
                    }
                    case "ExtendedData" -> extendedData(extended);
                    case "TimeSpan" -> {
                        String[] span = timeSpan();
                        begin = span[0];
                        end = span[1];
                    }
                    case "TimeStamp" -> {
                        String when = timeStamp();
                        if (when != null) {
                            props.put("when", when);
                        }
                    }
                    case "Point", "LineString", "LinearRing", "Polygon", "MultiGeometry" -> {
                        try {
                            geometry = geometries.geometry(n, 0);
                        } catch (KmlGeometryReader.BadGeometry e) {
                            out.error(e.kind(), e.at(), e.message());
                            ok = false;
                            // the geometry was left half read: on to this Placemark's end (Placemarks do not nest)
                            while (x.hasNext() && !(x.next() == XMLStreamConstants.END_ELEMENT
                                    && x.getLocalName().equals("Placemark"))) {
                                // skipped
                            }
                            out.add(null, props, at);
                            return;
                        }
                    }
                    case "Model", "Track", "MultiTrack" -> {
                        skipped(n);
                        skip();
                    }
                    default -> skip();
                }
            }
            if (!ok) {
                out.add(null, props, at); // refused: the error was recorded
                return;
            }
            props.putAll(extended);
            if (begin != null) {
                props.putIfAbsent("valid_from", begin);
            }
            if (end != null) {
                props.putIfAbsent("valid_to", end);
            }
            if (!folders.isEmpty() && folders.stream().anyMatch(f -> !f.isEmpty())) {
                props.putIfAbsent("folder", String.join("/", folders));
            }
            if (attrId == null && PropertyValues.isId(props.get(PropertyValues.ID))) {
                out.setId(props.remove(PropertyValues.ID));
            }
            out.add(geometry, props, at);
        }

        private void extendedData(Map<String, Object> into) throws XMLStreamException {
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("ExtendedData")) {
                    return;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (x.getLocalName()) {
                    case "Data" -> {
                        String key = x.getAttributeValue(null, "name");
                        String value = null;
                        while (nextChild()) {
                            if (x.getLocalName().equals("value")) {
                                value = text();
                            } else {
                                skip();
                            }
                        }
                        if (key != null && !key.isEmpty()) {
                            put(into, key, value);
                        }
                    }
                    case "SimpleData" -> {
                        String key = x.getAttributeValue(null, "name");
                        String value = text();
                        if (key != null && !key.isEmpty()) {
                            put(into, key, value);
                        }
                    }
                    case "SchemaData" -> {
                        // its SimpleData children come next
                    }
                    default -> skip();
                }
            }
        }

        private void put(Map<String, Object> into, String key, String value) {
            Object v = PropertyValues.parse(value);
            if (v != null) {
                into.put(key, v);
            }
        }

        private String[] timeSpan() throws XMLStreamException {
            String[] span = new String[2];
            while (nextChild()) {
                String n = x.getLocalName();
                String t = text().strip();
                if (n.equals("begin") && !t.isEmpty()) {
                    span[0] = t;
                } else if (n.equals("end") && !t.isEmpty()) {
                    span[1] = t;
                }
            }
            return span;
        }

        private String timeStamp() throws XMLStreamException {
            String when = null;
            while (nextChild()) {
                String n = x.getLocalName();
                String t = text().strip();
                if (n.equals("when") && !t.isEmpty()) {
                    when = t;
                }
            }
            return when;
        }

        private String text() throws XMLStreamException {
            return KmlXml.text(x);
        }

        private void skip() throws XMLStreamException {
            KmlXml.skip(x);
        }

        private boolean nextChild() throws XMLStreamException {
            return KmlXml.nextChild(x);
        }
    }
}

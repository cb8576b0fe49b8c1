package org.claimscape.io.kml;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.claimscape.io.AtomicFiles;
import org.claimscape.io.PropertyValues;
import org.claimscape.io.WriteReport;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a layer as KML 2.2 (OGC 07-147r2), or as KMZ (a zip holding {@code doc.kml}) when the name ends in
 * {@code .kmz}, streaming with StAX. One Document named after the layer; features with a {@code folder} property
 * go into Folders of that name ("Outer/Inner" nests). Each feature is a Placemark: its {@code name} property, else
 * its English name, else its id as {@code <name>} (what Google Earth labels it with), {@code description} as
 * {@code <description>}, {@code valid_from}/{@code valid_to} as a {@code <TimeSpan>} (Google Earth's time slider),
 * the id as the {@code id} attribute when it is a valid XML id (else as Data "id"), and every other property as
 * {@code <ExtendedData>} Data. A shared style draws lines 2 px wide and polygons with a light fill. Atomic.
 * Stateless.
 */
public final class KmlLayerWriter {

    public static final String NAMESPACE = "http://www.opengis.net/kml/2.2";
    private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
    private static final String STYLE = "claimscape";
    /** Control characters XML 1.0 cannot carry; they are dropped. */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    /** Writes KML, or KMZ when the name ends in .kmz. */
    public WriteReport write(Layer layer, Path file) throws IOException {
        return write(layer, file, file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".kmz"));
    }

    /** Writes KML, or KMZ (a zip holding doc.kml). */
    public WriteReport write(Layer layer, Path file, boolean kmz) throws IOException {
        AtomicFiles.write(file, out -> {
            if (kmz) {
                ZipOutputStream zip = new ZipOutputStream(out);
                zip.putNextEntry(new ZipEntry("doc.kml"));
                write(layer, zip);
                zip.closeEntry();
                zip.finish();
            } else {
                write(layer, out);
            }
        });
        return WriteReport.of(file);
    }

    /** Writes the KML document to a stream (not closed). */
    public void write(Layer layer, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setDefaultNamespace(NAMESPACE);
            w.writeStartElement(NAMESPACE, "kml");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeCharacters("\n");
            w.writeStartElement("Document");
            element(w, "name", layer.title());
            style(w);
            Folder root = new Folder();
            for (Feature f : layer.features()) {
                String folder = f.string("folder");
                Folder at = root;
                if (folder != null && !folder.isBlank()) {
                    for (String part : folder.split("/")) {
                        at = at.children.computeIfAbsent(part, k -> new Folder());
                    }
                }
                at.features.add(f);
            }
            folder(w, root);
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write KML: " + e.getMessage(), e);
        }
    }

    private static final class Folder {
        final Map<String, Folder> children = new LinkedHashMap<>();
        final List<Feature> features = new ArrayList<>();
    }

    private void folder(XMLStreamWriter w, Folder folder) throws XMLStreamException {
        for (Feature f : folder.features) {
            placemark(w, f);
        }
        for (Map.Entry<String, Folder> e : folder.children.entrySet()) {
            w.writeCharacters("\n");
            w.writeStartElement("Folder");
            element(w, "name", e.getKey());
            folder(w, e.getValue());
            w.writeCharacters("\n");
            w.writeEndElement();
        }
    }

    private static void style(XMLStreamWriter w) throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeStartElement("Style");
        w.writeAttribute("id", STYLE);
        w.writeStartElement("LineStyle");
        element(w, "color", "ff2f6fd8");
        element(w, "width", "2");
        w.writeEndElement();
        w.writeStartElement("PolyStyle");
        element(w, "color", "402f6fd8");
        w.writeEndElement();
        w.writeEndElement();
    }

    private void placemark(XMLStreamWriter w, Feature f) throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeStartElement("Placemark");
        Object id = f.rawId();
        boolean idAttribute = id instanceof String && NCNAME.matcher((String) id).matches();
        if (idAttribute) {
            w.writeAttribute("id", (String) id);
        }
        Map<String, Object> props = f.properties();
        String name = f.string("name");
        if (name == null) {
            name = f.names().en() != null ? f.names().en() : f.id();
        }
        if (name != null) {
            element(w, "name", name);
        }
        String description = f.string("description");
        if (description != null) {
            element(w, "description", description);
        }
        String from = f.string("valid_from");
        String to = f.string("valid_to");
        if (from != null || to != null) {
            w.writeStartElement("TimeSpan");
            if (from != null) {
                element(w, "begin", from);
            }
            if (to != null) {
                element(w, "end", to);
            }
            w.writeEndElement();
        }
        element(w, "styleUrl", "#" + STYLE);
        boolean dataId = id != null && !idAttribute && !props.containsKey(PropertyValues.ID);
        boolean any = dataId || props.keySet().stream().anyMatch(KmlLayerWriter::extended);
        if (any) {
            w.writeStartElement("ExtendedData");
            if (dataId) {
                data(w, PropertyValues.ID, id.toString());
            }
            for (Map.Entry<String, Object> e : props.entrySet()) {
                if (extended(e.getKey()) && e.getValue() != null) {
                    data(w, e.getKey(), PropertyValues.text(e.getValue()));
                }
            }
            w.writeEndElement();
        }
        if (f.geometry() != null && !f.geometry().isEmpty()) {
            geometry(w, f.geometry());
        }
        w.writeEndElement();
    }

    /* name, description and folder have elements of their own. */
    private static boolean extended(String key) {
        return !key.equals("name") && !key.equals("description") && !key.equals("folder");
    }

    private static void data(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement("Data");
        w.writeAttribute("name", name);
        element(w, "value", value);
        w.writeEndElement();
    }

    private void geometry(XMLStreamWriter w, Geometry g) throws XMLStreamException {
        if (g instanceof Point) {
            w.writeStartElement("Point");
            coordinates(w, ((Point) g).getCoordinateSequence());
            w.writeEndElement();
        } else if (g instanceof LinearRing) {
            w.writeStartElement("LinearRing");
            coordinates(w, ((LinearRing) g).getCoordinateSequence());
            w.writeEndElement();
        } else if (g instanceof LineString) {
            w.writeStartElement("LineString");
            coordinates(w, ((LineString) g).getCoordinateSequence());
            w.writeEndElement();
        } else if (g instanceof Polygon) {
            Polygon p = (Polygon) g;
            w.writeStartElement("Polygon");
            ring(w, "outerBoundaryIs", p.getExteriorRing());
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                ring(w, "innerBoundaryIs", p.getInteriorRingN(i));
            }
            w.writeEndElement();
        } else if (g instanceof GeometryCollection) {
            w.writeStartElement("MultiGeometry");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (!g.getGeometryN(i).isEmpty()) {
                    geometry(w, g.getGeometryN(i));
                }
            }
            w.writeEndElement();
        }
    }

    private static void ring(XMLStreamWriter w, String boundary, LinearRing r) throws XMLStreamException {
        w.writeStartElement(boundary);
        w.writeStartElement("LinearRing");
        coordinates(w, r.getCoordinateSequence());
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void coordinates(XMLStreamWriter w, CoordinateSequence s) throws XMLStreamException {
        StringBuilder sb = new StringBuilder(s.size() * 24);
        boolean z = s.hasZ();
        for (int i = 0; i < s.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(number(s.getX(i))).append(',').append(number(s.getY(i)));
            if (z && !Double.isNaN(s.getZ(i))) {
                sb.append(',').append(number(s.getZ(i)));
            }
        }
        element(w, "coordinates", sb.toString());
    }

    /** Shortest decimal that reads back as the same double, never in exponent notation. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).toPlainString();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(NOT_XML.matcher(text).replaceAll(""));
        w.writeEndElement();
    }
}

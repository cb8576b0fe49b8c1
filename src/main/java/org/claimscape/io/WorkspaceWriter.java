package org.claimscape.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.claimscape.model.LabelClass;
import org.claimscape.model.PageLayout;
import org.claimscape.model.Workspace;

/**
 * Writes a {@link Workspace} as a {@code .claimscape} file: JSON, format version {@link #VERSION}, documented in
 * the README. User layer files are stored relative to the workspace's folder when they lie under it or beside
 * it, so a folder of workspace + data can be moved as a whole. Writes are atomic. Stateless.
 */
public final class WorkspaceWriter {

    /** The format version this program writes. */
    public static final int VERSION = 2;

    /** The value of the "format" member that marks a workspace file. */
    public static final String FORMAT = "claimscape-workspace";

    private static final JsonFactory JSON = new JsonFactory();

    public void write(Workspace w, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                write(g, w, dir);
            }
        });
    }

    private void write(JsonGenerator g, Workspace w, Path dir) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeStringField("saved", Instant.now().toString());
        if (w.view() != null) {
            g.writeObjectFieldStart("view");
            g.writeNumberField("center_lat", w.view().centerLat());
            g.writeNumberField("center_lon", w.view().centerLon());
            g.writeNumberField("zoom", w.view().zoom());
            g.writeEndObject();
        }
        if (w.date() != null) {
            g.writeStringField("date", w.date().toString());
        } else {
            g.writeNullField("date");
        }
        g.writeStringField("viewpoint", w.viewpoint().code());
        g.writeArrayFieldStart("layers");
        for (Workspace.LayerEntry e : w.layers()) {
            g.writeStartObject();
            g.writeStringField("source", e.isDatabase() ? "postgis" : e.isBundled() ? "bundled" : "file");
            g.writeStringField("id", e.id());
            if (e.isDatabase()) {
                g.writeStringField("uri", withoutPassword(e.database()));
            } else if (!e.isBundled()) {
                g.writeStringField("path", relativize(dir, e.file()));
            }
            if (e.title() != null) {
                g.writeStringField("title", e.title());
            }
            g.writeBooleanField("visible", e.visible());
            g.writeNumberField("opacity", e.opacity());
            if (e.style() != null) {
                Workspace.Style s = e.style();
                g.writeObjectFieldStart("style");
                optional(g, "fill", s.fill());
                optional(g, "stroke", s.stroke());
                if (s.strokeWidth() != null) {
                    g.writeNumberField("stroke_width", s.strokeWidth());
                }
                optional(g, "icon", s.icon());
                optional(g, "label", s.labelProperty());
                g.writeEndObject();
            }
            if (e.csv() != null) {
                g.writeObjectFieldStart("csv");
                optional(g, "latitude", e.csv().latitude());
                optional(g, "longitude", e.csv().longitude());
                optional(g, "wkt", e.csv().wkt());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (w.compare() != null) {
            g.writeObjectFieldStart("compare");
            g.writeStringField("a", w.compare().claimA());
            g.writeStringField("b", w.compare().claimB());
            g.writeStringField("mode", w.compare().mode());
            g.writeBooleanField("difference", w.compare().difference());
            g.writeEndObject();
        }
        if (w.page() != null) {
            Workspace.Page p = w.page();
            g.writeObjectFieldStart("page");
            g.writeStringField("size", p.size());
            g.writeBooleanField("landscape", p.landscape());
            optional(g, "title", p.title());
            optional(g, "subtitle", p.subtitle());
            optional(g, "handling", p.handling());
            g.writeNumberField("dpi", p.dpi());
            if (!p.layout().isAutomatic()) {
                writeLayout(g, p.layout());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /* Only what the user changed: an absent member means "automatic". */
    private static void writeLayout(JsonGenerator g, PageLayout layout) throws IOException {
        g.writeObjectFieldStart("layout");
        if (layout.legend() != null) {
            g.writeFieldName("legend");
            writeBox(g, layout.legend(), null);
        }
        if (layout.locator() != null) {
            g.writeFieldName("locator");
            writeBox(g, layout.locator(), null);
        }
        if (!layout.texts().isEmpty()) {
            g.writeArrayFieldStart("texts");
            for (PageLayout.TextBox t : layout.texts()) {
                writeBox(g, t.box(), t);
            }
            g.writeEndArray();
        }
        if (!layout.hiddenLabels().isEmpty()) {
            g.writeArrayFieldStart("hidden_labels");
            for (LabelClass c : LabelClass.values()) {
                if (layout.hiddenLabels().contains(c)) {
                    g.writeString(c.code());
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeBox(JsonGenerator g, PageLayout.Box b, PageLayout.TextBox text) throws IOException {
        g.writeStartObject();
        if (text != null) {
            g.writeStringField("text", text.text());
        }
        g.writeNumberField("x", b.x());
        g.writeNumberField("y", b.y());
        g.writeNumberField("width", b.width());
        g.writeNumberField("height", b.height());
        if (text != null) {
            g.writeNumberField("font_size", text.fontSize());
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    /** A database URI as kept: any {@code user:password@} is cut to {@code user@}, so no secret is written. */
    static String withoutPassword(String uri) {
        return uri.replaceFirst("^([A-Za-z]+://[^:@/]*):[^@/]*@", "$1@");
    }

    /** A path relative to the workspace's folder when that is possible, with forward slashes; else absolute. */
    static String relativize(Path dir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (dir != null && abs.getRoot() != null && abs.getRoot().equals(dir.getRoot())) {
            Path rel = dir.normalize().relativize(abs);
            if (rel.getNameCount() > 0 && !rel.startsWith("../../..")) {
                return rel.toString().replace('\\', '/');
            }
        }
        return abs.toString();
    }
}

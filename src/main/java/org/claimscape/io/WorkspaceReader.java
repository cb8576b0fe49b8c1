package org.claimscape.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscape.model.LabelClass;
import org.claimscape.model.PageLayout;
import org.claimscape.model.Viewpoint;
import org.claimscape.model.Workspace;

/**
 * Reads {@code .claimscape} workspace files of format version 1 (migrated) and 2; a file from a newer version is
 * refused with a message that says so. User layer paths are resolved against the workspace's folder; whether
 * those files still exist is for the caller to check ({@link #missingFiles}), so it can ask the user where they
 * went. Stateless.
 */
public final class WorkspaceReader {

    private static final JsonFactory JSON = new JsonFactory();

    public Workspace read(Path file) throws IOException {
        Map<String, Object> root;
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() == null) {
                throw new WorkspaceFormatException(text("io.workspace.empty", file));
            }
            Object value = JsonValues.read(p);
            if (!(value instanceof Map)) {
                throw new WorkspaceFormatException(text("io.workspace.not-object", file));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) value;
            root = map;
        } catch (NoSuchFileException e) {
            throw new WorkspaceFormatException(text("io.workspace.not-found", file), e);
        } catch (JsonProcessingException e) {
            throw new WorkspaceFormatException(text("io.workspace.damaged-json", file, e.getLocation().getLineNr(),
                    e.getLocation().getColumnNr(), e.getOriginalMessage()), e);
        }
        if (!WorkspaceWriter.FORMAT.equals(root.get("format"))) {
            throw new WorkspaceFormatException(text("io.workspace.no-format", file, WorkspaceWriter.FORMAT));
        }
        Object v = root.get("version");
        if (!(v instanceof Long)) {
            throw new WorkspaceFormatException(text("io.workspace.no-version", file));
        }
        long version = (Long) v;
        Path dir = file.toAbsolutePath().getParent();
        if (version > WorkspaceWriter.VERSION) {
            throw new WorkspaceFormatException(text("io.workspace.newer", file, version,
                    WorkspaceWriter.VERSION));
        }
        try {
            return version == 1 ? migrateV1(root) : readV2(root, dir);
        } catch (ClassCastException | IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new WorkspaceFormatException(text("io.workspace.damaged", file, e.getMessage()), e);
        }
    }

    /* A message in the interface language (the window's), the system's on the command line. */
    private static String text(String key, Object... args) {
        return IoText.of(key, args).toString();
    }

    /** The user layer files of the workspace that do not exist (any more). */
    public static List<Workspace.LayerEntry> missingFiles(Workspace w) {
        List<Workspace.LayerEntry> missing = new ArrayList<>();
        for (Workspace.LayerEntry e : w.layers()) {
            if (!e.isBundled() && !e.isDatabase() && !Files.isRegularFile(e.file())) {
                missing.add(e);
            }
        }
        return missing;
    }

    private Workspace readV2(Map<String, Object> root, Path dir) {
        Workspace.View view = null;
        Map<String, Object> v = map(root.get("view"));
        if (v != null) {
            view = new Workspace.View(num(v.get("center_lat")), num(v.get("center_lon")), num(v.get("zoom")));
        }
        List<Workspace.LayerEntry> layers = new ArrayList<>();
        for (Object o : list(root.get("layers"))) {
            Map<String, Object> m = map(o);
            String id = (String) m.get("id");
            Path path = "file".equals(m.get("source")) ? dir.resolve((String) m.get("path")).normalize() : null;
            Workspace.Style style = null;
            Map<String, Object> s = map(m.get("style"));
            if (s != null) {
                style = new Workspace.Style((String) s.get("fill"), (String) s.get("stroke"),
                        s.get("stroke_width") == null ? null : num(s.get("stroke_width")), (String) s.get("icon"),
                        (String) s.get("label"));
            }
            String database = "postgis".equals(m.get("source")) ? (String) m.get("uri") : null;
            if ("postgis".equals(m.get("source")) && database == null) {
                throw new IllegalArgumentException("the database layer " + id + " has no uri");
            }
            layers.add(new Workspace.LayerEntry(id, path, (String) m.get("title"),
                    !Boolean.FALSE.equals(m.get("visible")), m.get("opacity") == null ? 1.0 : num(m.get("opacity")),
                    style, database, csv(m.get("csv"), id)));
        }
        Workspace.Compare compare = null;
        Map<String, Object> c = map(root.get("compare"));
        if (c != null) {
            compare = new Workspace.Compare((String) c.get("a"), (String) c.get("b"), (String) c.get("mode"),
                    Boolean.TRUE.equals(c.get("difference")));
        }
        Workspace.Page page = null;
        Map<String, Object> p = map(root.get("page"));
        if (p != null) {
            page = new Workspace.Page((String) p.get("size"), Boolean.TRUE.equals(p.get("landscape")),
                    (String) p.get("title"), (String) p.get("subtitle"), (String) p.get("handling"),
                    p.get("dpi") == null ? 300 : (int) num(p.get("dpi")), layout(p.get("layout")));
        }
        return new Workspace(layers, view, date(root.get("date")), viewpoint(root.get("viewpoint")), compare, page);
    }

    /*
     * The page's layout, added within version 2: older readers skip the member, and a file without it has the
     * automatic layout. A label kind this version does not know (from a newer writer) is ignored.
     */
    private static PageLayout layout(Object o) {
        if (o == null) {
            return PageLayout.AUTOMATIC;
        }
        Map<String, Object> m = object(o, "page.layout");
        List<PageLayout.TextBox> texts = new ArrayList<>();
        if (m.get("texts") != null && !(m.get("texts") instanceof List)) {
            throw new IllegalArgumentException("page.layout.texts: expected a list, found " + m.get("texts"));
        }
        List<Object> list = list(m.get("texts"));
        for (int i = 0; i < list.size(); i++) {
            String where = "page.layout.texts[" + i + "]";
            Map<String, Object> t = object(list.get(i), where);
            Object text = t.get("text");
            if (!(text instanceof String)) {
                throw new IllegalArgumentException(where + ".text: expected a string, found " + text);
            }
            texts.add(new PageLayout.TextBox((String) text, box(t, where),
                    t.get("font_size") == null ? PageLayout.TextBox.DEFAULT_FONT
                            : num(t.get("font_size"), where + ".font_size")));
        }
        List<LabelClass> hidden = new ArrayList<>();
        if (m.get("hidden_labels") != null && !(m.get("hidden_labels") instanceof List)) {
            throw new IllegalArgumentException("page.layout.hidden_labels: expected a list, found "
                    + m.get("hidden_labels"));
        }
        for (Object code : list(m.get("hidden_labels"))) {
            LabelClass.parse(String.valueOf(code)).ifPresent(hidden::add);
        }
        Object legend = m.get("legend");
        Object locator = m.get("locator");
        return new PageLayout(legend == null ? null : box(object(legend, "page.layout.legend"), "page.layout.legend"),
                locator == null ? null : box(object(locator, "page.layout.locator"), "page.layout.locator"), texts,
                Set.copyOf(hidden));
    }

    /*
     * A CSV layer's chosen geometry columns, added within version 2: older readers skip the member, and a layer
     * without it finds its columns by their names (or asks) as a newly opened file does.
     */
    private static Workspace.CsvGeometry csv(Object o, String layerId) {
        if (o == null) {
            return null;
        }
        String where = "layer " + layerId + ": csv";
        Map<String, Object> m = object(o, where);
        String lat = text(m.get("latitude"), where + ".latitude");
        String lon = text(m.get("longitude"), where + ".longitude");
        String wkt = text(m.get("wkt"), where + ".wkt");
        if (wkt == null && (lat == null || lon == null)) {
            throw new IllegalArgumentException(where + ": name a wkt column, or a latitude and a longitude column");
        }
        return new Workspace.CsvGeometry(wkt == null ? lat : null, wkt == null ? lon : null, wkt);
    }

    private static String text(Object o, String where) {
        if (o != null && !(o instanceof String)) {
            throw new IllegalArgumentException(where + ": expected a string, found " + o);
        }
        return (String) o;
    }

    private static Map<String, Object> object(Object o, String where) {
        if (!(o instanceof Map)) {
            throw new IllegalArgumentException(where + ": expected an object, found " + o);
        }
        return map(o);
    }

    private static PageLayout.Box box(Map<String, Object> m, String where) {
        return new PageLayout.Box(num(m.get("x"), where + ".x"), num(m.get("y"), where + ".y"),
                num(m.get("width"), where + ".width"), num(m.get("height"), where + ".height"));
    }

    private static double num(Object o, String where) {
        if (!(o instanceof Number)) {
            throw new IllegalArgumentException(where + ": expected a number, found " + o);
        }
        return ((Number) o).doubleValue();
    }

    /**
     * Version 1, the first draft format: {@code center} as [lon, lat], {@code zoom}, {@code visible_layers} (ids of
     * bundled layers shown, in panel order) and {@code viewpoint}. Layers not listed are kept hidden.
     */
    private Workspace migrateV1(Map<String, Object> root) {
        List<Object> center = list(root.get("center"));
        Workspace.View view = center.size() == 2
                ? new Workspace.View(num(center.get(1)), num(center.get(0)), num(root.get("zoom"))) : null;
        List<Workspace.LayerEntry> layers = new ArrayList<>();
        for (Object id : list(root.get("visible_layers"))) {
            layers.add(new Workspace.LayerEntry((String) id, null, null, true, 1.0, null));
        }
        return new Workspace(layers, view, null, viewpoint(root.get("viewpoint")), null, null);
    }

    private static Viewpoint viewpoint(Object o) {
        return o == null ? Viewpoint.NEUTRAL : Viewpoint.parse(o.toString())
                .orElseThrow(() -> new IllegalArgumentException("unknown viewpoint " + o));
    }

    private static LocalDate date(Object o) {
        return o == null ? null : LocalDate.parse(o.toString());
    }

    private static double num(Object o) {
        if (!(o instanceof Number)) {
            throw new IllegalArgumentException("expected a number, found " + o);
        }
        return ((Number) o).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }
}

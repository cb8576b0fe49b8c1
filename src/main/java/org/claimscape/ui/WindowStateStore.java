package org.claimscape.ui;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.claimscape.model.Viewpoint;

/**
 * Reads and writes {@link WindowState} as a small JSON file, by default {@code ~/.config/claimscape/window.json}
 * ({@code XDG_CONFIG_HOME} honoured, else {@code user.home}): the window, the view, the layers, the language, the
 * side panels and the theme. Writes go to a temporary file moved into place, so a crash never leaves a
 * half-written file; an unreadable file gives the initial state. Thread-safe (no shared mutable state).
 */
public final class WindowStateStore {

    private static final Logger LOG = Logger.getLogger(WindowStateStore.class.getName());
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;

    public WindowStateStore(Path file) {
        this.file = file;
    }

    /** The store in the user's config folder. */
    public static WindowStateStore userStore() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new WindowStateStore(base.resolve("claimscape").resolve("window.json"));
    }

    public Path file() {
        return file;
    }

    /** The saved state, or {@link WindowState#initial()} when there is none or it cannot be read. */
    public WindowState load() {
        if (!Files.isRegularFile(file)) {
            return WindowState.initial();
        }
        WindowState d = WindowState.initial();
        double x = d.x(), y = d.y(), w = d.width(), h = d.height(), lat = d.centerLat(), lon = d.centerLon();
        double zoom = d.zoom();
        boolean max = false, online = false;
        List<String> visible = null;
        List<String> order = List.of();
        Viewpoint vp = Viewpoint.NEUTRAL;
        String language = null;
        WindowState.Layout dl = WindowState.Layout.DEFAULT;
        double leftWidth = dl.leftWidth(), rightWidth = dl.rightWidth();
        boolean leftShown = true, rightShown = true;
        String theme = dl.theme();
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return d;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "x": x = p.getValueAsDouble(Double.NaN); break;
                    case "y": y = p.getValueAsDouble(Double.NaN); break;
                    case "width": w = p.getValueAsDouble(w); break;
                    case "height": h = p.getValueAsDouble(h); break;
                    case "maximized": max = p.getValueAsBoolean(); break;
                    case "centerLat": lat = p.getValueAsDouble(lat); break;
                    case "centerLon": lon = p.getValueAsDouble(lon); break;
                    case "zoom": zoom = p.getValueAsDouble(zoom); break;
                    case "onlineTiles": online = p.getValueAsBoolean(); break;
                    case "viewpoint": vp = Viewpoint.parse(p.getValueAsString()).orElse(Viewpoint.NEUTRAL); break;
                    case "visibleLayers": visible = strings(p, t); break;
                    case "layerOrder": order = strings(p, t); break;
                    case "language": language = t == JsonToken.VALUE_STRING ? p.getText() : null; break;
                    case "layerPanelWidth": leftWidth = p.getValueAsDouble(Double.NaN); break;
                    case "infoPanelWidth": rightWidth = p.getValueAsDouble(Double.NaN); break;
                    case "layerPanelShown": leftShown = p.getValueAsBoolean(true); break;
                    case "infoPanelShown": rightShown = p.getValueAsBoolean(true); break;
                    case "theme": theme = t == JsonToken.VALUE_STRING ? p.getText() : null; break;
                    default: p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot read " + file + "; starting with the default view", e);
            return d;
        }
        if (!(w >= 200) || !(h >= 150)) {
            return d;
        }
        return new WindowState(x, y, w, h, max, lat, lon, zoom, visible, order, vp, online, language,
                new WindowState.Layout(leftWidth, rightWidth, leftShown, rightShown, theme));
    }

    /** Writes the state atomically; failures are logged, never thrown (losing window state is not fatal). */
    public void save(WindowState s) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".window", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp);
                     JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                    g.useDefaultPrettyPrinter();
                    g.writeStartObject();
                    if (Double.isFinite(s.x())) {
                        g.writeNumberField("x", s.x());
                        g.writeNumberField("y", s.y());
                    }
                    g.writeNumberField("width", s.width());
                    g.writeNumberField("height", s.height());
                    g.writeBooleanField("maximized", s.maximized());
                    if (s.hasView()) {
                        g.writeNumberField("centerLat", s.centerLat());
                        g.writeNumberField("centerLon", s.centerLon());
                        g.writeNumberField("zoom", s.zoom());
                    }
                    g.writeStringField("viewpoint", s.viewpoint().code());
                    g.writeBooleanField("onlineTiles", s.onlineTiles());
                    if (s.language() != null) {
                        g.writeStringField("language", s.language());
                    }
                    WindowState.Layout layout = s.layout();
                    if (Double.isFinite(layout.leftWidth())) {
                        g.writeNumberField("layerPanelWidth", layout.leftWidth());
                    }
                    if (Double.isFinite(layout.rightWidth())) {
                        g.writeNumberField("infoPanelWidth", layout.rightWidth());
                    }
                    g.writeBooleanField("layerPanelShown", layout.leftShown());
                    g.writeBooleanField("infoPanelShown", layout.rightShown());
                    g.writeStringField("theme", layout.theme());
                    if (s.visibleLayers() != null) {
                        writeStrings(g, "visibleLayers", s.visibleLayers());
                    }
                    writeStrings(g, "layerOrder", s.layerOrder());
                    g.writeEndObject();
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot save window state to " + file, e);
        }
    }

    private static List<String> strings(JsonParser p, JsonToken t) throws IOException {
        List<String> out = new ArrayList<>();
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return out;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                out.add(p.getText());
            } else {
                p.skipChildren();
            }
        }
        return out;
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}

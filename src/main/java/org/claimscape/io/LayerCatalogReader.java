package org.claimscape.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.claimscape.model.LayerCatalog;

/**
 * Reads {@code data/catalog.json}: {@code {"version": 1, "layers": [{"id", "title", "group", "file", "visible",
 * "min_zoom", "max_zoom", "description"}, ...]}}, in layer-panel order, top first. Stateless.
 */
public final class LayerCatalogReader {

    private static final JsonFactory JSON = new JsonFactory();

    public LayerCatalog read(InputStream in, String name) throws IOException {
        List<LayerCatalog.Entry> entries = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, name);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("version")) {
                    if (v != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != 1) {
                        throw new IOException(name + ":" + p.currentTokenLocation().getLineNr()
                                + ": unsupported catalog version " + p.getText() + " (this program reads version 1)");
                    }
                } else if (field.equals("layers")) {
                    expect(p, v, JsonToken.START_ARRAY, name);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        entries.add(readEntry(p, name));
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new IOException(name + ": malformed catalog: " + e.getOriginalMessage(), e);
        }
        return new LayerCatalog(entries);
    }

    private LayerCatalog.Entry readEntry(JsonParser p, String name) throws IOException {
        long line = p.currentTokenLocation().getLineNr();
        String id = null;
        String title = null;
        String group = "Other";
        String file = null;
        boolean visible = true;
        int minZoom = 0;
        int maxZoom = 99;
        String description = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id": id = p.getText(); break;
                case "title": title = p.getText(); break;
                case "group": group = p.getText(); break;
                case "file": file = p.getText(); break;
                case "visible": visible = p.getValueAsBoolean(true); break;
                case "min_zoom": minZoom = p.getValueAsInt(0); break;
                case "max_zoom": maxZoom = p.getValueAsInt(99); break;
                case "description": description = p.getText(); break;
                default: p.skipChildren();
            }
        }
        if (id == null || file == null) {
            throw new IOException(name + ":" + line + ": a catalog entry needs \"id\" and \"file\"");
        }
        return new LayerCatalog.Entry(id, title == null ? id : title, group, file, visible, minZoom, maxZoom,
                description);
    }

    private static void expect(JsonParser p, JsonToken got, JsonToken want, String name) throws IOException {
        if (got != want) {
            throw new IOException(name + ":" + p.currentTokenLocation().getLineNr() + ": expected "
                    + (want == JsonToken.START_OBJECT ? "an object" : "an array") + " in the catalog");
        }
    }
}

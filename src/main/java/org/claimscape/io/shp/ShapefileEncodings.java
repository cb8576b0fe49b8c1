package org.claimscape.io.shp;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;

/** What a Shapefile's .cpg says about its .dbf's encoding, as ArcGIS, QGIS and GDAL write it. */
final class ShapefileEncodings {

    /* Code pages written as bare numbers or "ANSI nnnn" (ESRI's convention) to Java's names. */
    private static final Map<String, String> CODE_PAGES = Map.ofEntries(
            Map.entry("65001", "UTF-8"), Map.entry("932", "windows-31j"), Map.entry("936", "GBK"),
            Map.entry("949", "x-windows-949"), Map.entry("950", "x-windows-950"), Map.entry("866", "IBM866"),
            Map.entry("437", "IBM437"), Map.entry("850", "IBM850"), Map.entry("20866", "KOI8-R"),
            Map.entry("88591", "ISO-8859-1"), Map.entry("88592", "ISO-8859-2"), Map.entry("88595", "ISO-8859-5"),
            Map.entry("885915", "ISO-8859-15"), Map.entry("28591", "ISO-8859-1"), Map.entry("28595", "ISO-8859-5"));

    private ShapefileEncodings() {
    }

    /** The charset a .cpg's text names, or null when it names none known. */
    static Charset forCpg(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replaceFirst("^(ANSI|CP|OEM)\\s*", "");
        if (t.isEmpty()) {
            return null;
        }
        if (t.matches("125[0-8]")) {
            return Charset.forName("windows-" + t);
        }
        String mapped = CODE_PAGES.get(t.replace("-", "").replace("ISO", "").replace("_", ""));
        if (mapped == null) {
            mapped = CODE_PAGES.get(t);
        }
        try {
            return Charset.forName(mapped != null ? mapped : text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

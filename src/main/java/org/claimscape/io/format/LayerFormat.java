package org.claimscape.io.format;

import java.util.List;
import java.util.Locale;

/**
 * The layer file formats Claimscape reads and writes, with the file name endings that stand for them (lower case,
 * longest first where one ends another).
 */
public enum LayerFormat {
    GEOJSON("GeoJSON", List.of(".geojson.gz", ".json.gz", ".geojson", ".json", ".gz")),
    KML("KML", List.of(".kml")),
    KMZ("KMZ", List.of(".kmz")),
    GEOPACKAGE("GeoPackage", List.of(".gpkg")),
    CSV("CSV", List.of(".csv")),
    TSV("TSV", List.of(".tsv", ".tab")),
    SHAPEFILE("Shapefile", List.of(".shp.zip", ".shp", ".zip"));

    private final String title;
    private final List<String> endings;

    LayerFormat(String title, List<String> endings) {
        this.title = title;
        this.endings = endings;
    }

    /** The name users know it by. */
    public String title() {
        return title;
    }

    /** File name endings, the usual one first. */
    public List<String> endings() {
        return endings;
    }

    /** The usual ending, for a file written in this format: {@code .geojson}, {@code .gpkg}, ... */
    public String extension() {
        return this == GEOJSON ? ".geojson" : this == SHAPEFILE ? ".shp" : endings.get(0);
    }

    /** Glob patterns for file choosers: {@code *.kml}. */
    public List<String> globs() {
        return endings.stream().map(e -> "*" + e).toList();
    }

    /** Whether a file name ends as this format's names do. */
    public boolean matches(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return endings.stream().anyMatch(n::endsWith);
    }

    /** A format by its title or constant name, any case ("gpkg", "GeoPackage", "shp", "kmz"...), or null. */
    public static LayerFormat named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        for (LayerFormat f : values()) {
            if (f.name().equalsIgnoreCase(n) || f.title.equalsIgnoreCase(n)
                    || f.endings.stream().anyMatch(e -> e.equals("." + n))) {
                return f;
            }
        }
        return switch (n) {
            case "shapefile", "esri shapefile" -> SHAPEFILE;
            case "json" -> GEOJSON;
            default -> null;
        };
    }
}

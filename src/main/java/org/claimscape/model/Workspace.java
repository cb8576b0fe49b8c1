package org.claimscape.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A saved session: the layers (bundled ones by id, the user's by file or database table), their order, visibility, opacity and
 * style, the map view, the date on the time slider, the viewpoint, the comparison and the briefing-page settings.
 * Stored as a {@code .claimscape} file (see {@code io.WorkspaceWriter}). Immutable.
 *
 * @param layers    layer panel order, top first
 * @param view      the map view
 * @param date      the time slider's date, or null for "all dates"
 * @param viewpoint the naming in force
 * @param compare   the comparison settings, or null when compare mode is off
 * @param page      the briefing-page settings, or null for the defaults
 */
public record Workspace(List<LayerEntry> layers, View view, LocalDate date, Viewpoint viewpoint, Compare compare,
                        Page page) {

    public Workspace {
        layers = List.copyOf(layers);
        viewpoint = viewpoint == null ? Viewpoint.NEUTRAL : viewpoint;
    }

    /**
     * One layer of the workspace.
     *
     * @param id      layer id: the catalog id of a bundled layer, or the id given to a user layer
     * @param file    null for a bundled layer; else the user's GeoJSON file, absolute once read
     * @param title   title in the layer panel
     * @param visible shown or hidden
     * @param opacity 0..1
     * @param style    the user's style, or null for the automatic one
     * @param database null, or for a layer from a database its {@code postgresql://user@host:port/db?table=t}
     *                 (the password is never kept: it comes from ~/.pgpass or is asked again)
     * @param csv      for a CSV or TSV file whose geometry columns the user chose, those columns; else null
     */
    public record LayerEntry(String id, Path file, String title, boolean visible, double opacity, Style style,
                             String database, CsvGeometry csv) {

        /** A layer whose geometry columns were not chosen by hand. */
        public LayerEntry(String id, Path file, String title, boolean visible, double opacity, Style style,
                          String database) {
            this(id, file, title, visible, opacity, style, database, null);
        }

        /** A bundled layer or a file layer (no database). */
        public LayerEntry(String id, Path file, String title, boolean visible, double opacity, Style style) {
            this(id, file, title, visible, opacity, style, null, null);
        }

        public boolean isBundled() {
            return file == null && database == null;
        }

        /** Whether the layer is a table of a database (its {@code postgresql://} URI, never with a password). */
        public boolean isDatabase() {
            return database != null;
        }
    }

    /**
     * A user's style for a layer; null members mean "automatic".
     *
     * @param fill          fill colour as {@code #RRGGBB} or {@code #RRGGBBAA}
     * @param stroke        outline colour
     * @param strokeWidth   outline width in pixels, or null
     * @param icon          icon type name for points ({@code icons/<icon>.svg})
     * @param labelProperty property whose value labels the features
     */
    public record Style(String fill, String stroke, Double strokeWidth, String icon, String labelProperty) {
    }

    /**
     * The columns of a CSV or TSV file that hold its geometry, as the user chose them: a latitude and a longitude
     * column, or one column of WKT.
     *
     * @param latitude  latitude column, or null for WKT
     * @param longitude longitude column, or null for WKT
     * @param wkt       WKT column, or null for latitude and longitude
     */
    public record CsvGeometry(String latitude, String longitude, String wkt) {
    }

    /** The map view: centre and slippy-map zoom. */
    public record View(double centerLat, double centerLon, double zoom) {
    }

    /**
     * Compare mode settings.
     *
     * @param claimA     claim id on the left / first
     * @param claimB     claim id on the right / second
     * @param mode       {@code swipe} or {@code side-by-side}
     * @param difference whether the difference overlay is on
     */
    public record Compare(String claimA, String claimB, String mode, boolean difference) {
    }

    /**
     * Briefing-page settings.
     *
     * @param size      {@code a4}, {@code a3} or {@code letter}
     * @param landscape orientation
     * @param title     page title
     * @param subtitle  page subtitle
     * @param handling  handling line ("For internal briefing"), or null
     * @param dpi       raster resolution for PNG
     * @param layout    the user's changes to the automatic layout ({@link PageLayout#AUTOMATIC} for none)
     */
    public record Page(String size, boolean landscape, String title, String subtitle, String handling, int dpi,
                       PageLayout layout) {

        public Page {
            layout = layout == null ? PageLayout.AUTOMATIC : layout;
        }

        /** Settings with the automatic layout. */
        public Page(String size, boolean landscape, String title, String subtitle, String handling, int dpi) {
            this(size, landscape, title, subtitle, handling, dpi, PageLayout.AUTOMATIC);
        }
    }
}

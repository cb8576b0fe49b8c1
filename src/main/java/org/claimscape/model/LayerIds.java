package org.claimscape.model;

import java.util.List;

/**
 * The ids of the bundled layers, as {@code data/catalog.json} names them. Code that gives one layer a role (the
 * claims compared, the islands measured, the land drawn as the basemap) names it here, once.
 */
public final class LayerIds {

    public static final String CLAIMS = "claims";
    public static final String ISLANDS = "islands";
    public static final String PLACES = "places";
    public static final String MILITARY = "military";
    public static final String PROJECTS = "projects";
    public static final String EVENTS = "events";
    public static final String LAND = "land";
    public static final String LAND_OVERVIEW = "land-overview";
    public static final String LAKES = "lakes";
    public static final String COUNTRIES = "countries";
    /** Natural Earth land and borders of the whole world, outside the hi-res basemap's box. */
    public static final String WORLD = "world";
    /** Names of seas, straits, large islands and countries: labels only ({@code precision: label}). */
    public static final String REFERENCE = "reference";

    /** The layers name search looks in, best first: a name found in an earlier layer ranks higher. */
    public static final List<String> SEARCH_RANKING = List.of(ISLANDS, PLACES, MILITARY, PROJECTS, EVENTS, CLAIMS,
            LAND);

    /** The layers drawn as the basemap's land and water (besides any layer of the Basemap group). */
    public static final List<String> BASEMAP = List.of(LAND, LAND_OVERVIEW, LAKES, COUNTRIES, WORLD);

    /** Every bundled layer: drawn with the catalog's cartography, never as a user's layer is. */
    public static final List<String> BUNDLED = List.of(EVENTS, PLACES, PROJECTS, MILITARY, CLAIMS, ISLANDS, REFERENCE,
            LAKES, LAND, LAND_OVERVIEW, COUNTRIES, WORLD);

    private LayerIds() {
    }
}

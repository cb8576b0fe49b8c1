package org.claimscape.io.csv;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which columns of a CSV file hold the geometry: a latitude and a longitude column (WGS84 degrees), or one column
 * of Well-Known Text. Immutable.
 *
 * @param latitude  the latitude column's name, or null when the geometry is WKT
 * @param longitude the longitude column's name, or null when the geometry is WKT
 * @param wkt       the WKT column's name, or null when the geometry is latitude/longitude
 */
public record CsvColumns(String latitude, String longitude, String wkt) {

    private static final List<String> WKT_NAMES = List.of("wkt", "wkt_geom", "geometry", "geom", "the_geom", "shape");
    private static final Set<String> LATITUDE_NAMES = Set.of("lat", "latitude", "y", "lat_dd", "latitude_dd",
            "decimallatitude", "point_y", "ycoord", "y_coord", "lat_wgs84", "緯度", "широта");
    private static final Set<String> LONGITUDE_NAMES = Set.of("lon", "lng", "long", "longitude", "x", "lon_dd",
            "longitude_dd", "decimallongitude", "point_x", "xcoord", "x_coord", "lon_wgs84", "経度", "долгота");

    public CsvColumns {
        if (wkt == null && (latitude == null || longitude == null)) {
            throw new IllegalArgumentException("name a WKT column, or a latitude and a longitude column");
        }
    }

    public static CsvColumns latLon(String latitude, String longitude) {
        return new CsvColumns(latitude, longitude, null);
    }

    public static CsvColumns wkt(String column) {
        return new CsvColumns(null, null, column);
    }

    public boolean isWkt() {
        return wkt != null;
    }

    /**
     * The geometry columns found by their names (case and accents ignored): a WKT column when there is one
     * ({@code WKT}, {@code geometry}, {@code the_geom}, ...), else a latitude and a longitude column ({@code lat}
     * / {@code latitude} / {@code y}, {@code lon} / {@code lng} / {@code longitude} / {@code x}, and a few more,
     * Japanese and Russian included). Empty when neither is found: the user chooses.
     */
    public static Optional<CsvColumns> detect(List<String> header) {
        for (String wanted : WKT_NAMES) {
            for (String h : header) {
                if (key(h).equals(wanted)) {
                    return Optional.of(wkt(h));
                }
            }
        }
        String lat = null;
        String lon = null;
        for (String h : header) {
            String k = key(h);
            if (lat == null && LATITUDE_NAMES.contains(k)) {
                lat = h;
            } else if (lon == null && LONGITUDE_NAMES.contains(k)) {
                lon = h;
            }
        }
        return lat != null && lon != null ? Optional.of(latLon(lat, lon)) : Optional.empty();
    }

    private static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    @Override
    public String toString() {
        return isWkt() ? "WKT column \"" + wkt + "\"" : "latitude \"" + latitude + "\", longitude \"" + longitude + "\"";
    }
}

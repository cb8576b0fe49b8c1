package org.claimscape.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimscape.analysis.Geodesy;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerIds;
import org.locationtech.jts.geom.Polygonal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code areas [--date D]}: each disputed island's land area computed geodesically from the islands layer, next
 * to the published area and its source, and the four islands' total against the Japanese government's figure.
 */
@Command(name = "areas", mixinStandardHelpOptions = true,
        description = {"Land area of each disputed island, computed on the WGS84 ellipsoid (Lambert",
            "azimuthal equal-area projection centred on each island), next to the published",
            "area and its source, and the four islands' total against 5,003 km² (GSI 2020)."},
        footer = {"", "Exit codes: 0 ok, 1 the data cannot be read, 2 usage error."})
public final class AreasCommand implements Callable<Integer> {

    /** The four islands' total published by Japan's Geospatial Information Authority (GSI) in 2020. */
    static final double PUBLISHED_TOTAL_KM2 = 5003;
    static final String PUBLISHED_TOTAL_SOURCE = "GSI 2020, via MOFA Japan, \"Information about the Northern "
            + "Territories\"";

    /**
     * Published group totals for island groups the data lists islet by islet: the Habomai group's 95 km² from the
     * same GSI 2020 table (kurils-facts §A.1 [S01][S02]); its islets' own figures add up to less (93 km²).
     */
    static final Map<String, Double> PUBLISHED_GROUP_KM2 = Map.of("habomai", 95.0);
    static final Map<String, String> PUBLISHED_GROUP_SOURCE = Map.of("habomai",
            "[S01] MOFA Japan (GSI 2020 figure) for the whole group");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Measure the islands valid on this date (default: today).")
    LocalDate date;

    @CommandLine.Mixin
    DataOption data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day = date != null ? date : LocalDate.now();
        Layer islands;
        try {
            BundledLayers layers = data.load();
            islands = layers.layer(LayerIds.ISLANDS);
        } catch (IOException e) {
            err.println("error: cannot read the data: " + e.getMessage());
            err.flush();
            return 1;
        }
        if (islands == null) {
            err.println("error: the data has no 'islands' layer");
            err.flush();
            return 1;
        }

        /* Islands sharing a "group" (the Habomai islets) get a subtotal line above their members. */
        Map<String, List<Feature>> groups = new LinkedHashMap<>();
        for (Feature f : islands.featuresAt(day)) {
            if (f.geometry() == null) {
                continue;
            }
            String g = f.string("group");
            groups.computeIfAbsent(g != null && !g.isBlank() ? g.trim() : "\u0000" + f.id(), k -> new ArrayList<>())
                    .add(f);
        }

        out.printf(Locale.ROOT, "Island areas on %s, computed on the WGS84 ellipsoid (equal-area projection)%n", day);
        out.printf(Locale.ROOT, "%-34s %12s %12s %9s  %s%n", "island", "computed km²", "published km²", "diff",
                "published source");
        double total = 0;
        for (Map.Entry<String, List<Feature>> e : groups.entrySet()) {
            List<Feature> members = e.getValue();
            if (e.getKey().startsWith("\u0000")) {
                Feature f = members.get(0);
                double km2 = area(f);
                total += Double.isNaN(km2) ? 0 : km2;
                row(out, label(f), km2, f.number("area_km2_published").orElse(Double.NaN), f.string("area_source"));
                continue;
            }
            double groupKm2 = 0;
            for (Feature f : members) {
                double km2 = area(f);
                groupKm2 += Double.isNaN(km2) ? 0 : km2;
            }
            total += groupKm2;
            Feature groupFeature = islands.feature(e.getKey());
            double published = Double.NaN;
            String source = null;
            if (groupFeature != null && groupFeature.number("area_km2_published").isPresent()) {
                published = groupFeature.number("area_km2_published").get();
                source = groupFeature.string("area_source");
            } else if (PUBLISHED_GROUP_KM2.containsKey(e.getKey())) {
                published = PUBLISHED_GROUP_KM2.get(e.getKey());
                source = PUBLISHED_GROUP_SOURCE.get(e.getKey());
            }
            row(out, groupFeature != null ? label(groupFeature) : capitalise(e.getKey()) + " (group)", groupKm2,
                    published, source);
            for (Feature f : members) {
                row(out, "  " + label(f), area(f), f.number("area_km2_published").orElse(Double.NaN),
                        f.string("area_source"));
            }
        }
        row(out, "Four islands, total", total, PUBLISHED_TOTAL_KM2, PUBLISHED_TOTAL_SOURCE);
        out.println();
        out.println("Computed areas follow the layer's coastline (GSHHG full resolution for the bundled data), which"
                + " runs about 2 % above");
        out.println("the published figures for the large islands and more for small islets, whose shores it"
                + " generalises.");
        out.println("Published figures differ between sources (older Japanese total: 5,036 km²); each is shown with"
                + " its source.");
        out.flush();
        return 0;
    }

    /** The geodesic area, or NaN for a feature that is only a point (a rock the coastline data lacks). */
    private static double area(Feature f) {
        return f.geometry() instanceof Polygonal || Geodesy.areaKm2(f.geometry()) > 0
                ? Geodesy.areaKm2(f.geometry()) : Double.NaN;
    }

    private static void row(PrintWriter out, String name, double km2, double published, String source) {
        String pub = Double.isNaN(published) ? "–" : String.format(Locale.ROOT, "%,.1f", published);
        String diff = Double.isNaN(published) || published == 0 ? "–"
                : String.format(Locale.ROOT, "%+.1f %%", (km2 - published) / published * 100);
        String computed = Double.isNaN(km2) ? "point only" : String.format(Locale.ROOT, "%,.1f", km2);
        out.printf(Locale.ROOT, "%-34s %12s %12s %9s  %s%n", name, computed, pub, Double.isNaN(km2) ? "–" : diff,
                source == null ? "" : source);
    }

    private static String label(Feature f) {
        String en = f.names().en();
        return en != null ? en : f.id();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

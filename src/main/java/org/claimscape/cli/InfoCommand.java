package org.claimscape.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.LayerSummary;
import org.claimscape.io.format.LayerFormats;
import org.claimscape.io.format.LayerSource;
import org.claimscape.model.TimeSpan;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code info SOURCE...}: a summary of each layer, from a file or a PostGIS table. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Summarise layers from files (GeoJSON, KML/KMZ, GeoPackage, CSV/TSV, Shapefile)",
            "or PostGIS tables: features, geometry types, bounding box, vertex count,",
            "property names, time span (valid_from/valid_to) and validity problems."},
        footer = {"", "Exit codes: 0 all valid, 1 a source has errors or cannot be read, 2 usage error."})
public final class InfoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Layer files (GeoJSON, KML/KMZ, GeoPackage, "
            + "CSV/TSV, Shapefile), or PostGIS tables as postgresql://user@host:port/db?table=t (password from "
            + "PGPASSWORD or ~/.pgpass, never in the URI).")
    List<LayerSource> sources;

    @Option(names = "--problems", defaultValue = "10",
            description = "How many problems to list per source (default ${DEFAULT-VALUE}; all are counted).")
    int maxProblems;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int bad = 0;
        for (LayerSource source : sources) {
            boolean db = source.isTable();
            // a file is summarised as it is read, its features not kept: a million of them fit in little memory
            LayerSummary.Read read = db ? null : LayerFormats.summarize(source.file(), LayerReadOptions.defaults());
            GeoJsonReadResult r = db ? source.read(LayerReadOptions.defaults()) : read.result();
            LayerSummary layer = db ? LayerSummary.of(r.features()) : read.summary();
            out.println(source.name());
            out.printf(Locale.ROOT, "  features:       %d%s%n", layer.size(), r.featuresSeen() != layer.size()
                    ? " sound of " + r.featuresSeen() + " read" : "");
            out.println("  geometry types: " + typeCounts(layer));
            Envelope b = layer.bounds();
            out.println("  bounding box:   " + (b.isNull() ? "none" : String.format(Locale.ROOT,
                    "lon %.6f .. %.6f, lat %.6f .. %.6f", b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY())));
            out.printf(Locale.ROOT, "  vertices:       %d%n", layer.vertexCount());
            out.println("  properties:     " + (layer.propertyNames().isEmpty() ? "none"
                    : String.join(", ", layer.propertyNames())));
            out.println("  time span:      " + span(layer));
            List<GeoJsonProblem> problems = r.problems();
            out.printf(Locale.ROOT, "  problems:       %d errors, %d warnings%s%n", r.errors().size(),
                    r.warnings().size(), r.isComplete() ? "" : " (reading stopped early)");
            problems.stream().limit(maxProblems).forEach(p -> out.println("    " + p));
            if (problems.size() > maxProblems) {
                out.println("    ... " + (problems.size() - maxProblems) + " more (use --problems N)");
            }
            if (!r.isValid()) {
                bad++;
            }
        }
        out.flush();
        return bad == 0 ? 0 : 1;
    }

    private static String typeCounts(LayerSummary layer) {
        Map<String, Integer> counts = layer.typeCounts();
        if (counts.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }

    private static String span(LayerSummary layer) {
        boolean anyDated = layer.undatedCount() < layer.size();
        if (!anyDated) {
            return "no dates";
        }
        TimeSpan s = layer.timeSpan();
        long open = layer.undatedCount();
        return s + (open > 0 ? " (" + open + " features without dates)" : "");
    }
}

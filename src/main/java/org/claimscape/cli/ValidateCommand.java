package org.claimscape.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimscape.io.GeoJsonLayerWriter;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.format.LayerSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code validate SOURCE...}: checks layer files and PostGIS tables and lists every problem with its place. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check layer files (GeoJSON by the letter of RFC 7946) and PostGIS tables, and",
            "Claimscape's property conventions.",
            "What the RFC requires (MUST) is an error; what it advises (SHOULD) is a warning.",
            "Prints each problem as FILE:LINE:COLUMN: severity: feature #N (id): what is",
            "wrong; the feature is named only when the problem is inside one."},
        footer = {"", "Exit codes: 0 all valid, 1 a source is invalid or unreadable, 2 usage error."})
public final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Layer files: GeoJSON (.geojson, .json, "
            + ".geojson.gz), KML/KMZ, GeoPackage, CSV/TSV or Shapefile (.shp, .zip); or PostGIS tables as "
            + "postgresql://user@host:port/db?table=t (password from PGPASSWORD or ~/.pgpass, never in the URI).")
    List<LayerSource> sources;

    @Option(names = "--repair", description = "Repair invalid polygons with JTS GeometryFixer and write the result "
            + "to FILE.repaired.geojson next to each file that needed it (a table is left as it is).")
    boolean repair;

    @Option(names = "--strict", description = "Fail on warnings too: what RFC 7946 advises (SHOULD) rather than "
            + "requires (ring winding, positions of more than three numbers, avoidable GeometryCollections, empty "
            + "geometries, excess coordinate precision) and Claimscape's property conventions (dates, confidence, "
            + "precision, duplicate ids or keys).")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems, not the per-file summary.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int invalid = 0;
        LayerReadOptions reading = LayerReadOptions.defaults().withRepair(repair);
        for (LayerSource source : sources) {
            GeoJsonReadResult r = source.read(reading);
            String file = source.name();
            for (GeoJsonProblem p : r.problems()) {
                out.println(p);
            }
            boolean ok = r.isValid() && (!strict || r.warnings().isEmpty());
            if (!ok) {
                invalid++;
            }
            if (!quiet) {
                out.println(CliText.get("out.validate.summary", file, CliText.get(ok ? "out.validate.valid"
                        : "out.validate.invalid"), r.features().size(), r.featuresSeen(), r.errors().size(),
                        r.warnings().size()) + (r.isComplete() ? "" : CliText.get("out.validate.stopped")));
            }
            boolean repaired = r.problems().stream().anyMatch(p -> p.kind() == GeoJsonProblem.Kind.REPAIRED);
            if (repair && repaired && r.isValid() && !source.isTable()) {
                Path target = repairedName(source.file());
                try {
                    new GeoJsonLayerWriter().write(r.toPartialLayer("repaired", "repaired"), target);
                    out.println(CliText.get("out.validate.repaired", file, target));
                } catch (IOException e) {
                    spec.commandLine().getErr().println(CliText.get("out.validate.cannot-write", target,
                            e.getMessage()));
                    invalid++;
                }
            }
        }
        out.flush();
        return invalid == 0 ? 0 : 1;
    }

    private static Path repairedName(Path file) {
        String name = file.getFileName().toString();
        String base = name.replaceFirst("(\\.geojson|\\.json)(\\.gz)?$", "");
        return file.resolveSibling(base + ".repaired.geojson");
    }
}

package org.claimscape.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.WriteReport;
import org.claimscape.io.format.LayerFormat;
import org.claimscape.io.format.LayerFormats;
import org.claimscape.io.format.LayerSource;
import org.claimscape.io.postgis.PostgisLayerWriter;
import org.claimscape.model.Layer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code convert IN... OUT}: reads layers from files or PostGIS tables and writes them in another format or table. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert layers between GeoJSON, KML/KMZ, GeoPackage, CSV/TSV, Shapefile and",
            "PostGIS tables. File formats are told by the names (.geojson, .kml, .kmz,",
            ".gpkg, .csv, .tsv, .shp, .zip) or by --to. Several inputs go into one",
            "GeoPackage, one table each. A table is postgresql://user@host:port/db?table=t",
            "(password from PGPASSWORD or ~/.pgpass), written in one transaction: a new",
            "table unless --mode says replace or append."},
        footer = {"", "Exit codes: 0 written, 1 an input has errors or the output cannot be written,",
            "2 usage error."})
public final class ConvertCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", arity = "2..*",
            description = "Input files or tables, then the output file or table.")
    List<LayerSource> sources;

    @Option(names = "--to", paramLabel = "FORMAT",
            description = "Output file format: geojson, kml, kmz, gpkg, csv, tsv or shp (default: from OUT's name).")
    String to;

    @Option(names = "--mode", paramLabel = "create|replace|append", description = "For a PostGIS table output: "
            + "create a new table (the default; refused when it exists), replace it, or append to it (missing "
            + "columns are added).")
    PostgisLayerWriter.Mode mode;

    @Option(names = "--partial", description = "Write the sound features of an input that has errors "
            + "(the errors are listed); without it such an input is refused.")
    boolean partial;

    @Option(names = "--repair", description = "Repair invalid polygons with JTS GeometryFixer on reading.")
    boolean repair;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LayerSource target = sources.get(sources.size() - 1);
        List<LayerSource> inputs = sources.subList(0, sources.size() - 1);
        LayerFormat format = format(target, inputs.size());
        List<Layer> layers = new ArrayList<>();
        boolean bad = false;
        for (LayerSource in : inputs) {
            GeoJsonReadResult r = in.read(LayerReadOptions.defaults().withRepair(repair));
            for (GeoJsonProblem p : r.problems()) {
                out.println(p);
            }
            if (!r.isValid() && !(partial && !r.features().isEmpty())) {
                err.println(in.name() + ": not converted (" + r.errors().size() + " errors"
                        + (r.features().isEmpty() ? "" : "; --partial writes the " + r.features().size()
                        + " sound features") + ")");
                bad = true;
                continue;
            }
            String name = in.layerName();
            layers.add(r.toPartialLayer(name, name));
        }
        if (bad) {
            out.flush();
            return 1;
        }
        try {
            PostgisLayerWriter.Mode m = mode == null ? PostgisLayerWriter.Mode.CREATE : mode;
            WriteReport report = target.write(layers, format, m);
            for (String w : report.warnings()) {
                out.println(target.name() + ": note: " + w);
            }
            int n = layers.stream().mapToInt(Layer::size).sum();
            String features = n + (n == 1 ? " feature" : " features");
            if (target.isTable()) {
                out.println("wrote " + features + " to the PostGIS table " + target.name() + " (" + switch (m) {
                    case CREATE -> "new table";
                    case REPLACE -> "replaced";
                    case APPEND -> "appended";
                } + ")");
            } else {
                out.println("wrote " + features + " as " + format.title() + " to "
                        + String.join(", ", report.files().stream().map(Path::toString).toList()));
            }
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            out.flush();
            err.println(target.name() + ": cannot write: " + e.getMessage());
            return 1;
        }
    }

    /* The output's file format (null for a table), or a usage error saying what is wrong with the options. */
    private LayerFormat format(LayerSource target, int inputs) {
        CommandLine cl = spec.commandLine();
        if (target.isTable()) {
            if (to != null) {
                throw new CommandLine.ParameterException(cl, "--to is for a file output; the output "
                        + target.name() + " is a PostGIS table");
            }
            if (inputs > 1) {
                throw new CommandLine.ParameterException(cl, "A PostGIS table holds one layer: convert one input "
                        + "at a time (--mode append adds to a table)");
            }
            return null;
        }
        if (mode != null) {
            throw new CommandLine.ParameterException(cl, "--mode is for a PostGIS table output, not a file ("
                    + target.name() + " is written anew)");
        }
        LayerFormat format = to != null ? LayerFormat.named(to) : LayerFormats.forPath(target.file()).orElse(null);
        if (format == null) {
            throw new CommandLine.ParameterException(cl, to != null
                    ? "Unknown format '" + to + "' (geojson, kml, kmz, gpkg, csv, tsv, shp)"
                    : "Cannot tell the output format from '" + target.file().getFileName() + "': give --to FORMAT");
        }
        if (inputs > 1 && format != LayerFormat.GEOPACKAGE) {
            throw new CommandLine.ParameterException(cl, format.title()
                    + " holds one layer: convert several inputs into a GeoPackage (.gpkg), or one at a time");
        }
        return format;
    }
}

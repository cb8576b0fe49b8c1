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
import org.claimscape.model.Layer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code convert IN... OUT}: reads layer files in any format and writes them in another. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert layer files between GeoJSON, KML/KMZ, GeoPackage, CSV/TSV and Shapefile.",
            "The formats are told by the file names (.geojson, .kml, .kmz, .gpkg, .csv, .tsv, .shp, .zip)",
            "or by --to. Several inputs go into one GeoPackage, one table each."},
        footer = {"", "Exit codes: 0 written, 1 an input has errors or the output cannot be written, 2 usage error."})
public final class ConvertCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "2..*", description = "Input files, then the output file.")
    List<Path> files;

    @Option(names = "--to", paramLabel = "FORMAT",
            description = "Output format: geojson, kml, kmz, gpkg, csv, tsv or shp (default: from OUT's name).")
    String to;

    @Option(names = "--partial", description = "Write the sound features of an input that has errors "
            + "(the errors are listed); without it such an input is refused.")
    boolean partial;

    @Option(names = "--repair", description = "Repair invalid polygons with JTS GeometryFixer on reading.")
    boolean repair;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = files.get(files.size() - 1);
        List<Path> inputs = files.subList(0, files.size() - 1);
        LayerFormat format = to != null ? LayerFormat.named(to) : LayerFormats.forPath(target).orElse(null);
        if (format == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), to != null
                    ? "Unknown format '" + to + "' (geojson, kml, kmz, gpkg, csv, tsv, shp)"
                    : "Cannot tell the output format from '" + target.getFileName() + "': give --to FORMAT");
        }
        if (inputs.size() > 1 && format != LayerFormat.GEOPACKAGE) {
            throw new CommandLine.ParameterException(spec.commandLine(), format.title()
                    + " holds one layer: convert several inputs into a GeoPackage (.gpkg), or one at a time");
        }
        List<Layer> layers = new ArrayList<>();
        boolean bad = false;
        for (Path in : inputs) {
            GeoJsonReadResult r = LayerFormats.read(in, LayerReadOptions.defaults().withRepair(repair));
            for (GeoJsonProblem p : r.problems()) {
                out.println(p);
            }
            if (!r.isValid() && !(partial && !r.features().isEmpty())) {
                err.println(in + ": not converted (" + r.errors().size() + " errors"
                        + (r.features().isEmpty() ? "" : "; --partial writes the " + r.features().size()
                        + " sound features") + ")");
                bad = true;
                continue;
            }
            String stem = stem(in);
            layers.add(r.toPartialLayer(stem, stem));
        }
        if (bad) {
            out.flush();
            return 1;
        }
        try {
            WriteReport report = LayerFormats.write(layers, target, format);
            for (String w : report.warnings()) {
                out.println(target + ": note: " + w);
            }
            int n = layers.stream().mapToInt(Layer::size).sum();
            out.println("wrote " + n + (n == 1 ? " feature" : " features") + " as " + format.title() + " to "
                    + String.join(", ", report.files().stream().map(Path::toString).toList()));
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            out.flush();
            err.println(target + ": cannot write: " + e.getMessage());
            return 1;
        }
    }

    /** "data/claims.geojson" → "claims". */
    static String stem(Path file) {
        String n = file.getFileName().toString();
        for (LayerFormat f : LayerFormat.values()) {
            for (String e : f.endings()) {
                if (n.toLowerCase(java.util.Locale.ROOT).endsWith(e) && n.length() > e.length()) {
                    return n.substring(0, n.length() - e.length());
                }
            }
        }
        return n;
    }
}

package org.claimscape.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimscape.analysis.ClaimComparison;
import org.claimscape.analysis.ClaimComparisonOp;
import org.claimscape.analysis.Claims;
import org.claimscape.analysis.MaritimeChange;
import org.claimscape.analysis.MaritimeZonesOp;
import org.claimscape.analysis.UnknownClaimException;
import org.claimscape.export.ComparisonReport.Format;
import org.claimscape.export.ComparisonReport;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Viewpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code compare CLAIM_A CLAIM_B [--date D] [--format text|csv|json] [--viewpoint V]}: how two claims divide the
 * disputed islands' land (A only, B only, both, neither; per island and in total; km² and shares) and, unless
 * {@code --no-maritime}, the illustrative 12/200-nautical-mile zones under each and the sea that changes hands.
 * The output is a {@link ComparisonReport}, the same the window's compare panel exports; the CSV layout is in its
 * class comment and the README, the JSON fields in the README ("compare --format json: the fields").
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two claims: the disputed islands' land in A only, B only, both and",
            "neither, per island and in total (km², share of the four islands, multiple of",
            "the 1956 formula), and the sea (12 nm territorial sea, 200 nm zone, split by",
            "the median line) that changes hands from A to B.",
            "Maritime figures are a computed illustration, not a legal boundary.",
            "CSV: one row per island, the total, the 1956 formula and the sea figures; km² and",
            "percent of the four islands' land, 3 decimals (layout in the README)."},
        footer = {"", "Exit codes: 0 ok, 1 unknown claim or unreadable data, 2 usage error."})
public final class CompareCommand implements Callable<Integer> {

    /* Case-insensitive on its own, whether or not the parent command line allows that for enums. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not text, csv or json");
            }
        }
    }

    static final class ViewpointConverter implements CommandLine.ITypeConverter<Viewpoint> {
        @Override
        public Viewpoint convert(String value) {
            return Viewpoint.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not neutral, ja or ru"));
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CLAIM_A", description = "Claim id (the 'claim' property), e.g. jp-claim.")
    String claimA;

    @Parameters(index = "1", paramLabel = "CLAIM_B", description = "Claim id, e.g. declaration-1956.")
    String claimB;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Use the claim and island features valid on this date (default: today).")
    LocalDate date;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text, csv (RFC 4180, the window's CSV) or json (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--viewpoint", defaultValue = "neutral", paramLabel = "neutral|ja|ru",
            converter = ViewpointConverter.class,
            description = "Whose island names the report uses (default ${DEFAULT-VALUE}: the English names).")
    Viewpoint viewpoint;

    @Option(names = "--no-maritime", description = "Skip the maritime zones (they take a few seconds).")
    boolean noMaritime;

    @CommandLine.Mixin
    DataOption data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day = date != null ? date : LocalDate.now();
        Layer claimsLayer;
        Layer islands;
        Layer land;
        try {
            BundledLayers layers = data.load();
            claimsLayer = layers.layer(LayerIds.CLAIMS);
            islands = layers.layer(LayerIds.ISLANDS);
            land = layers.layer(LayerIds.LAND);
        } catch (IOException e) {
            return fail(err, "cannot read the data: " + e.getMessage());
        }
        if (claimsLayer == null || islands == null || (!noMaritime && land == null)) {
            return fail(err, "the data lacks a 'claims', 'islands' or 'land' layer");
        }
        Claims claims = Claims.of(claimsLayer);
        for (String id : new String[] {claimA, claimB}) {
            if (!claims.contains(id)) {
                UnknownClaimException e = new UnknownClaimException(id, claims.ids());
                return fail(err, e.getMessage());
            }
        }
        ClaimComparison c = new ClaimComparisonOp(claims, islands).compare(claimA, claimB, day);
        MaritimeChange m = noMaritime ? null
                : new MaritimeZonesOp(land, claims, MaritimeZonesOp.Settings.DEFAULT).change(claimA, claimB, day);
        try {
            ComparisonReport.of(c, m).describing(claims).inViewpoint(viewpoint).write(out, format);
        } catch (IOException e) {
            return fail(err, "cannot write the output: " + e.getMessage());
        }
        out.flush();
        return 0;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("error: " + message);
        err.flush();
        return 1;
    }
}

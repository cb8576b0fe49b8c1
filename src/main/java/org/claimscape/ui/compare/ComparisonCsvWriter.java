package org.claimscape.ui.compare;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.claimscape.analysis.ClaimComparison;
import org.claimscape.analysis.MaritimeChange;
import org.claimscape.io.AtomicFiles;

/**
 * Writes the compare table as CSV (UTF-8, one row per island, then the total; km² with three decimals; shares of
 * the four islands' land), followed by the maritime figures with their notice when they were computed. The file
 * is replaced atomically. Stateless.
 */
public final class ComparisonCsvWriter {

    public static final String HEADER = "claim_a,claim_b,date,island,name,land_km2,in_a_km2,in_b_km2,a_only_km2,"
            + "b_only_km2,both_km2,neither_km2,in_a_share,in_b_share,both_share";

    private ComparisonCsvWriter() {
    }

    /** Writes the table (and the maritime figures, when {@code sea} is not null) to the file. */
    public static void write(Path file, ClaimComparison c, MaritimeChange sea) throws IOException {
        AtomicFiles.write(file, out -> {
            PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.print(HEADER + "\r\n");
            for (ClaimComparison.Row r : c.islands()) {
                row(w, c, r);
            }
            row(w, c, c.total());
            w.print("\r\n");
            if (!Double.isNaN(c.formula1956Km2())) {
                w.print("measure,km2,share_of_islands\r\n");
                w.print("formula_1956_land," + num(c.formula1956Km2()) + ","
                        + num(c.shareOfIslands(c.formula1956Km2())) + "\r\n");
            }
            if (sea != null) {
                w.print("sea_200nm_to_japan," + num(sea.zoneToJapanKm2()) + ",\r\n");
                w.print("sea_200nm_to_russia," + num(sea.zoneToRussiaKm2()) + ",\r\n");
                w.print("territorial_sea_to_japan," + num(sea.territorialToJapanKm2()) + ",\r\n");
                w.print("territorial_sea_to_russia," + num(sea.territorialToRussiaKm2()) + ",\r\n");
                w.print("notice," + csv(sea.notice()) + ",\r\n");
            }
            w.flush();
        });
    }

    private static void row(PrintWriter w, ClaimComparison c, ClaimComparison.Row r) {
        w.print(String.join(",", csv(c.claimA()), csv(c.claimB()), c.date() == null ? "" : c.date().toString(),
                csv(r.id()), csv(r.names().en()), num(r.landKm2()), num(r.inAKm2()), num(r.inBKm2()),
                num(r.aOnlyKm2()), num(r.bOnlyKm2()), num(r.bothKm2()), num(r.neitherKm2()),
                share(r.inAKm2(), r.landKm2()), share(r.inBKm2(), r.landKm2()), share(r.bothKm2(), r.landKm2()))
                + "\r\n");
    }

    private static String share(double part, double whole) {
        return whole > 0 ? String.format(Locale.ROOT, "%.4f", part / whole) : "";
    }

    static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}

package org.claimscape.analysis;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;

/**
 * Manual benchmark of the analysis on the bundled data (not a test; surefire skips it):
 * {@code java -cp target/classes:target/test-classes:<deps> org.claimscape.analysis.AnalysisBenchmark [rounds]}.
 * Prints the median wall time of each operation after two warm-up rounds.
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        BundledLayers data = BundledLayers.load();
        Layer islands = data.layer("islands");
        Layer claims = data.layer("claims");
        Layer land = data.layer("land");
        LocalDate day = LocalDate.of(2026, 1, 1);

        time("Geodesy.areaKm2, all islands", rounds, () -> {
            double sum = 0;
            for (Feature f : islands.features()) {
                sum += Geodesy.areaKm2(f.geometry());
            }
            return sum;
        });
        time("ClaimComparisonOp.compare jp-claim/declaration-1956", rounds,
                () -> new ClaimComparisonOp(claims, islands).compare("jp-claim", "declaration-1956", day));
        MaritimeZonesOp op = new MaritimeZonesOp(land, claims);
        time("MaritimeZonesOp first use (prepares the land)", 1, () -> op.zones("jp-claim", day));
        time("MaritimeZonesOp.zones jp-claim", rounds, () -> op.zones("jp-claim", day));
        time("MaritimeZonesOp.change jp-claim/declaration-1956", rounds,
                () -> op.change("jp-claim", "declaration-1956", day));
    }

    private static void time(String what, int rounds, Supplier<Object> work) {
        int warmUp = rounds > 1 ? 2 : 0;
        long[] ms = new long[rounds];
        for (int i = -warmUp; i < rounds; i++) {
            long t = System.nanoTime();
            work.get();
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-55s median %6d ms (%d runs, %d cores)%n", what, ms[rounds / 2], rounds,
                Runtime.getRuntime().availableProcessors());
    }
}

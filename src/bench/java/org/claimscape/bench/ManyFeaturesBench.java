// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Reference;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.format.LayerFormats;
import org.claimscape.model.Layer;
import org.locationtech.jts.geom.Envelope;

/**
 * Reading a million small features inside one warm JVM (issue 17): Claimscape's reader, as {@code info} and the
 * window use it (every check on, features kept, a {@link Layer} made), against a raw Jackson token pass over the
 * same GeoJSON file (every token visited, nothing decoded or kept: the floor any Jackson-based reader stands on).
 * For each file: one warm-up call, then the best of N, in wall time and in the process's CPU time (the collector's
 * threads included; on a shared machine the steadier of the two); the live heap the layer holds is measured once.
 *
 * <p>Prints result rows ({@code measure, tool, value, unit, note}). Usage: {@code ManyFeaturesBench RUNS FILE...}.
 */
public final class ManyFeaturesBench {

    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private ManyFeaturesBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            String measure = "read-1m/" + file.getFileName();
            String context = "read-1m-context/" + file.getFileName();
            if (file.getFileName().toString().endsWith(".geojson")) {
                rows(measure, "jackson-tokens", best(runs, () -> tokenPass(file)), runs,
                        "same JVM: nextToken() over the whole file, nothing decoded");
                rows(context, "jackson-values", best(runs, () -> valuePass(file)), runs, "the same pass "
                        + "decoding every number (getDoubleValue) and string (getText): the parse a reader cannot skip");
                rows(context, "claimscape-streaming", best(runs, () -> LayerFormats.summarize(file,
                        LayerReadOptions.defaults()).summary().size()), runs, "what info does: every check, each "
                        + "feature summarised and dropped (LayerSummary)");
            }
            rows(measure, "claimscape", best(runs, () -> read(file).size()), runs, "LayerFormats.read with every "
                    + "check, features kept, Layer made");
            rows(measure, "claimscape-indexed", best(runs, () -> {
                Layer layer = read(file);
                return layer.query(new Envelope(145, 146, 43, 44)).size();
            }), runs, "the same and the spatial index built (the window's first query)");
            row("heap-1m/" + file.getFileName(), "claimscape", heldMegabytes(file), "MB",
                    "live heap of the layer (after System.gc), index built");
        }
    }

    /**
     * A wall-time row and a CPU-time row (the whole process's CPU time per call, the collector's threads included:
     * on a shared machine, steadier than wall time, which waits for a core), each the best call.
     */
    private static void rows(String measure, String tool, double[] best, int runs, String note) {
        String load = "; load " + loadAverage();
        row(measure, tool, best[0], "ms", "best of " + runs + " after a warm-up, wall time: " + note + load);
        row(measure, tool, best[1], "ms cpu", "best of " + runs + " after a warm-up, process CPU time: " + note
                + load);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    static Layer read(Path file) {
        GeoJsonReadResult r = LayerFormats.read(file, LayerReadOptions.defaults());
        if (!r.isValid()) {
            throw new IllegalStateException(file + ": " + r.problems().stream().limit(3).toList());
        }
        return r.toPartialLayer("bench", "bench");
    }

    /** Every token of the file, nothing decoded: the count of tokens. */
    static long tokenPass(Path file) throws IOException {
        long n = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             JsonParser p = JSON.createParser(in)) {
            while (p.nextToken() != null) {
                n++;
            }
        }
        return n;
    }

    /** Every token, every number and string decoded: a checksum of them. */
    static double valuePass(Path file) throws IOException {
        double sum = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             JsonParser p = JSON.createParser(in)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
                    sum += p.getDoubleValue();
                } else if (t == JsonToken.VALUE_STRING) {
                    sum += p.getText().length();
                }
            }
        }
        return sum;
    }

    private static double heldMegabytes(Path file) throws IOException {
        long before = liveHeap();
        Layer layer = read(file);
        layer.query(new Envelope(145, 146, 43, 44));
        long after = liveHeap();
        Reference.reachabilityFence(layer);
        return (after - before) / 1048576.0;
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** A call to time; returns something so the work cannot be skipped. */
    @FunctionalInterface
    interface Call {
        Object run() throws Exception;
    }

    /** The best wall time and the best process CPU time of {@code runs} calls after a warm-up, in ms. */
    private static double[] best(int runs, Call call) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Object> sink = new ArrayList<>();
        sink.add(call.run()); // warm-up
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            System.gc();
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            sink.add(call.run());
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
            bestCpu = Math.min(bestCpu, (os.getProcessCpuTime() - c0) / 1e6);
        }
        if (sink.isEmpty()) {
            throw new AssertionError();
        }
        return new double[] {best, bestCpu};
    }

    private static void row(String measure, String tool, double value, String unit, String note) {
        System.out.println(String.format(Locale.ROOT, "%s\t%s\t%.1f\t%s\t%s", measure, tool, value, unit, note));
    }
}

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
 * For each file: one warm-up call, then the best of N; the live heap the layer holds is measured once.
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
            if (file.getFileName().toString().endsWith(".geojson")) {
                double tokens = best(runs, () -> tokenPass(file));
                row(measure, "jackson-tokens", tokens, "ms", "best of " + runs + " after a warm-up, same JVM: "
                        + "nextToken() over the whole file, nothing decoded");
                double values = best(runs, () -> valuePass(file));
                row("read-1m-context/" + file.getFileName(), "jackson-values", values, "ms", "the same pass "
                        + "decoding every number (getDoubleValue) and string (getText): the parse a reader cannot skip");
                double streamed = best(runs, () -> LayerFormats.summarize(file, LayerReadOptions.defaults()).summary()
                        .size());
                row("read-1m-context/" + file.getFileName(), "claimscape-streaming", streamed, "ms", "what info "
                        + "does: every check, each feature summarised and dropped (LayerSummary)");
            }
            double read = best(runs, () -> read(file).size());
            row(measure, "claimscape", read, "ms", "best of " + runs + " after a warm-up: LayerFormats.read with "
                    + "every check, features kept, Layer made");
            double indexed = best(runs, () -> {
                Layer layer = read(file);
                return layer.query(new Envelope(145, 146, 43, 44)).size();
            });
            row(measure, "claimscape-indexed", indexed, "ms", "the same and the spatial index built (the window's "
                    + "first query)");
            row("heap-1m/" + file.getFileName(), "claimscape", heldMegabytes(file), "MB",
                    "live heap of the layer (after System.gc), index built");
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

    private static double best(int runs, Call call) throws Exception {
        List<Object> sink = new ArrayList<>();
        sink.add(call.run()); // warm-up
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            System.gc();
            long t0 = System.nanoTime();
            sink.add(call.run());
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        if (sink.isEmpty()) {
            throw new AssertionError();
        }
        return best;
    }

    private static void row(String measure, String tool, double value, String unit, String note) {
        System.out.println(String.format(Locale.ROOT, "%s\t%s\t%.1f\t%s\t%s", measure, tool, value, unit, note));
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.claimscape.io.GeoJsonLayerReader;
import org.claimscape.io.GeoJsonReadResult;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * GeoJSON file to geometries in memory, the same files in the same JVM: Claimscape's
 * {@link GeoJsonLayerReader} (with its polygon validity check, as the app reads, and without it, which is the
 * same work as the peer) against JTS jts-io-common's {@link GeoJsonReader}, which builds geometries only (no
 * properties, no ids, no checks), and against the same reader followed by JTS {@link IsValidOp} on every
 * polygonal geometry ({@code jts-io-common-isvalid}), the same work as the validating read. Each call reads the
 * file from disk (page cache) to the end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IngestBench {

    /** A file name: from target/bench-data, else from the bundled data folder. */
    @Param({"land.geojson", "claims.geojson", "land-dense.geojson"})
    public String file;

    private Path path;

    @Setup
    public void setUp() {
        path = BenchData.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("missing benchmark input " + path + " (run BenchData first)");
        }
    }

    /** As the app reads: polygons checked with JTS IsValidOp, properties and conventions read. */
    @Benchmark
    public GeoJsonReadResult claimscape() {
        return checked(new GeoJsonLayerReader().read(path));
    }

    /** Without the validity check: the same work as jts-io-common plus properties and ids. */
    @Benchmark
    public GeoJsonReadResult claimscapeNoValidation() {
        return checked(new GeoJsonLayerReader().withValidation(false).read(path));
    }

    /** JTS jts-io-common 1.20.0: parses the whole text into a json-simple tree, then builds geometries. */
    @Benchmark
    public Geometry jtsIoCommon() throws IOException, ParseException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new GeoJsonReader().read(in);
        }
    }

    /**
     * jts-io-common's reader, then JTS IsValidOp on each polygonal geometry, as Claimscape's validating read
     * checks polygons and multipolygons ({@code ResultTable} compares it with {@link #claimscape()}).
     */
    @Benchmark
    public Geometry jtsIoCommonIsvalid() throws IOException, ParseException {
        Geometry all = jtsIoCommon();
        for (int i = 0; i < all.getNumGeometries(); i++) {
            Geometry g = all.getGeometryN(i);
            if (g.getDimension() >= 2 && !new IsValidOp(g).isValid()) {
                throw new IllegalStateException(path + ": feature " + i + " is invalid");
            }
        }
        return all;
    }

    private GeoJsonReadResult checked(GeoJsonReadResult r) {
        if (!r.isComplete() || !r.errors().isEmpty()) {
            throw new IllegalStateException(path + ": " + r.problems());
        }
        return r;
    }
}

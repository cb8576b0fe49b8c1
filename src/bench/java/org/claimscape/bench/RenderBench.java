// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.RenderRequest;
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
 * A 1920 × 1080 map image of a {@link MapScenes scene}, drawn by {@link MapRenderer} into a new ARGB image per
 * call (as Mapnik and QGIS make a new image per render), the layers already in memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RenderBench {

    @Param({"overview", "detail", "dense-overview", "dense-detail"})
    public String scene;

    private final MapRenderer renderer = new MapRenderer();
    private RenderRequest request;

    @Setup
    public void setUp() throws IOException {
        MapScenes scenes = MapScenes.load(BenchData.dataDir());
        if (scene.startsWith("dense")) {
            scenes = scenes.withDense(BenchData.resolve(BenchData.DENSE_FILE));
        }
        request = scenes.request(scene);
    }

    @Benchmark
    public BufferedImage claimscape() {
        BufferedImage image = new BufferedImage(MapScenes.WIDTH, MapScenes.HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            renderer.render(g, request, () -> false);
        } finally {
            g.dispose();
        }
        return image;
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.claimscape.model.Layer;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.DrawnSymbols;
import org.claimscape.render.FeaturePicker;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
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
 * Hit-testing a click with {@link FeaturePicker}: the bundled layers of a scene plus 100,000 named points over
 * the region ({@link BenchData#namedPoints}), clicks at 256 seeded positions of the 1920 × 1080 view, 4 px
 * tolerance, as the map window picks on a click or a hover: against the symbols its overlay drawing placed
 * ({@link DrawnSymbols}, made once here as the window's background drawing makes it), areas and lines from the
 * layers' spatial indexes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PickBench {

    @Param({"overview", "detail"})
    public String scene;

    /** Number of synthetic point features loaded on top of the bundled layers. */
    @Param({"100000"})
    public String size;

    private final FeaturePicker picker = new FeaturePicker();
    private DrawnSymbols drawn;
    private final double[] xs = new double[256];
    private final double[] ys = new double[256];
    private int next;

    @Setup
    public void setUp() throws IOException {
        MapScenes scenes = MapScenes.load(BenchData.dataDir());
        if (scene.startsWith("dense")) {
            scenes = scenes.withDense(BenchData.resolve(BenchData.DENSE_FILE));
        }
        Layer points = BenchData.namedPoints(Integer.parseInt(size), List.of(scenes.layer("places"),
                scenes.layer("islands")), 7);
        List<LayerView> layers = new ArrayList<>(scenes.layers(scene));
        layers.add(new LayerView(points, "Places", true, 1.0));
        MapViewport vp = MapScenes.viewport(scene);
        RenderRequest request = new RenderRequest(vp, layers, null, Viewpoint.NEUTRAL, Set.of(), true);
        BufferedImage img = new BufferedImage(vp.width(), vp.height(),
                BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        drawn = DrawnSymbols.of(request, new MapRenderer().draw(g, request, () -> false));
        g.dispose();
        Random random = new Random(11);
        for (int i = 0; i < xs.length; i++) {
            xs[i] = random.nextDouble() * vp.width();
            ys[i] = random.nextDouble() * vp.height();
        }
    }

    @Benchmark
    public List<FeaturePicker.Hit> claimscape() {
        int i = next++ & (xs.length - 1);
        return picker.pick(drawn, xs[i], ys[i], 4);
    }
}

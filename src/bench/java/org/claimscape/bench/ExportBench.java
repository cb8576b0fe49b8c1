// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimscape.export.BriefingPage;
import org.claimscape.export.BriefingPageRenderer;
import org.claimscape.export.BriefingWriter;
import org.claimscape.render.LayerView;
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
 * The briefing export: the default page ({@link BriefingPage#defaults()}: A4 landscape, the disputed islands,
 * the catalog's layers) written to a file as a PDF or a 300-dpi PNG by the export package, as the export command
 * and the app write it. The QGIS peer lays out the same page ({@code peers/qgis_export.py}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExportBench {

    @Param({"pdf", "png"})
    public String format;

    /** Resolution of the PNG (the PDF is vector); the smoke mode uses a low one. */
    @Param({"300"})
    public String pngDpi;

    /** {@code catalog}: every bundled layer as the app shows them; {@code tiny}: two small ones (smoke mode). */
    @Param({"catalog"})
    public String layerSet;

    private BriefingWriter writer;
    private BriefingPage page;
    private List<LayerView> layers;
    private Path target;

    @Setup
    public void setUp() throws IOException {
        MapScenes scenes = MapScenes.load(BenchData.dataDir());
        layers = scenes.catalogLayers(layerSet);
        page = BriefingPage.defaults();
        writer = BriefingWriter.forFormat(format, Integer.parseInt(pngDpi));
        Files.createDirectories(BenchData.outDir());
        target = BenchData.outDir().resolve("claimscape-briefing." + format);
    }

    @Benchmark
    public BriefingPageRenderer.Result claimscape() throws IOException {
        return writer.write(page, layers, target, () -> false);
    }
}

package org.claimscape.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.claimscape.io.AtomicFiles;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapRenderer;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * Writes a briefing page as SVG (JFreeSVG), sized in points with a matching view box: vector paths and
 * {@code <text>} in the bundled font families (DejaVu Sans, IPAGothic; a viewer without them substitutes its
 * own). Thread-safe.
 */
public final class SvgBriefingWriter implements BriefingWriter {

    private final BriefingPageRenderer pages;

    public SvgBriefingWriter() {
        this(new BriefingPageRenderer());
    }

    public SvgBriefingWriter(BriefingPageRenderer pages) {
        this.pages = pages;
    }

    @Override
    public BriefingPageRenderer.Result write(BriefingPage page, List<LayerView> layers, Path target,
                                             BooleanSupplier cancelled) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(page.width(), page.height(), SVGUnits.PT);
        g.setRenderingHint(MapRenderer.VECTOR_OUTPUT, Boolean.TRUE);
        BriefingPageRenderer.Result result;
        try {
            result = pages.render(g, page, layers, cancelled);
        } finally {
            g.dispose();
        }
        if (!result.complete()) {
            throw new CancellationException("export cancelled");
        }
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g.getSVGElement(null, true, new ViewBox(0, 0, page.width(),
                        page.height()), null, null) + "\n";
        AtomicFiles.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(svg);
            w.flush();
        });
        return result;
    }
}

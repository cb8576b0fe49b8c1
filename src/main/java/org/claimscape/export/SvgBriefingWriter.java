package org.claimscape.export;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.claimscape.io.AtomicFiles;
import org.claimscape.render.Fonts;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapRenderer;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * Writes a briefing page as SVG (JFreeSVG), sized in points with a matching view box: vector paths and
 * {@code <text>} in the bundled font families (DejaVu Sans, IPAGothic), each followed by look-alikes and a
 * generic family, so a viewer without the bundled fonts picks a similar one instead of its default serif. When
 * the page's sources do not fit in its footer in full, the Sources annex is written beside it as {@code
 * NAME-sources.svg} (and {@code NAME-sources-2.svg}...), which the footer names. Thread-safe.
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
        SourceList sources = SourceList.withBundledKey();
        sources.setAnnexPlace(SourcesAnnex.file(target, 0).getFileName().toString());
        BriefingPageRenderer.Result[] result = new BriefingPageRenderer.Result[1];
        String svg = svg(page, g -> result[0] = pages.withSources(sources).render(g, page, layers, cancelled));
        if (!result[0].complete()) {
            throw new CancellationException("export cancelled");
        }
        write(target, svg);
        if (sources.annexNeeded()) {
            List<SourcesAnnex.Sheet> annex = SourcesAnnex.layout(page, sources.all());
            for (int i = 0; i < annex.size(); i++) {
                SourcesAnnex.Sheet sheet = annex.get(i);
                write(SourcesAnnex.file(target, i), svg(sheet.page(), g -> SourcesAnnex.draw(g, sheet)));
            }
        }
        return result[0];
    }

    /* The SVG document of a page drawn by the given drawing. */
    private static String svg(BriefingPage page, Consumer<Graphics2D> drawing) {
        SVGGraphics2D g = new SVGGraphics2D(page.width(), page.height(), SVGUnits.PT);
        g.setRenderingHint(MapRenderer.VECTOR_OUTPUT, Boolean.TRUE);
        g.setFontFunction(SvgBriefingWriter::fontFamilies);
        g.setRenderingHint(Fonts.WHOLE_FONT_SIZES, Boolean.TRUE);
        try {
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g.getSVGElement(null, true, new ViewBox(0, 0, page.width(), page.height()), null, null) + "\n";
    }

    private static void write(Path target, String svg) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(svg);
            w.flush();
        });
    }

    /*
     * The CSS font-family list for a Java font family: the bundled font, fonts with its coverage and similar
     * metrics that viewers commonly have, then the generic family.
     */
    static String fontFamilies(String family) {
        List<String> names = new ArrayList<>();
        names.add(family);
        if (family.equals(Fonts.sans(1).getFamily())) {
            names.addAll(List.of("Bitstream Vera Sans", "Verdana", "Noto Sans", "Arial"));
        } else if (family.equals(Fonts.japanese(1).getFamily())) {
            names.addAll(List.of("IPAexGothic", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", "Meiryo"));
        }
        StringBuilder css = new StringBuilder();
        for (String n : names) {
            css.append('"').append(n.replace("\\", "\\\\").replace("\"", "\\\"")).append("\", ");
        }
        return css.append("sans-serif").toString();
    }
}

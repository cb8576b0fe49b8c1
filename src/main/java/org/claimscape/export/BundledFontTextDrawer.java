package org.claimscape.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.claimscape.render.Fonts;

/**
 * Maps the bundled Java fonts to embedded PDF fonts (subsets), loading each font file only when text in it is
 * first drawn: IPA Gothic takes over half a second to parse and most pages need no Japanese. Text in any other
 * font is drawn as outlines. Glyph substitution is off, so "fi" is written as two glyphs (as Java2D measured it)
 * and extracts as "fi", not the ligature U+FB01 that a search for "Airfield" would miss. One instance per document,
 * closed after the document is saved; not thread-safe.
 */
final class BundledFontTextDrawer extends PdfBoxGraphics2DFontTextDrawer {

    private final Map<String, String> resources = new HashMap<>();
    private final Map<String, PDFont> loaded = new HashMap<>();
    private final List<TrueTypeFont> parsed = new ArrayList<>();

    BundledFontTextDrawer() {
        resources.put(Fonts.sans(1).getFontName(), Fonts.SANS_RESOURCE);
        resources.put(Fonts.sansBold(1).getFontName(), Fonts.SANS_BOLD_RESOURCE);
        resources.put(Fonts.japanese(1).getFontName(), Fonts.JAPANESE_RESOURCE);
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
        String name = font.getFontName();
        PDFont pdf = loaded.get(name);
        if (pdf == null) {
            String resource = resources.get(name);
            if (resource == null) {
                return null;
            }
            try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("bundled font missing: " + resource);
                }
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                parsed.add(ttf);
                /*
                 * PDFBox 3 applies the font's GSUB features (liga, clig) when it encodes text for a TrueType font,
                 * and maps the ligature glyph back to U+FB01 in the ToUnicode table.
                 */
                ttf.setEnableGsub(false);
                pdf = PDType0Font.load(env.getDocument(), ttf, true);
            }
            loaded.put(name, pdf);
        }
        return pdf;
    }

    @Override
    public void close() {
        super.close();
        for (TrueTypeFont ttf : parsed) {
            try {
                ttf.close();
            } catch (IOException e) {
                // In memory: nothing to release that could fail.
            }
        }
        parsed.clear();
    }
}

package org.claimscape.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.claimscape.render.Fonts;

/**
 * Maps the bundled Java fonts to embedded PDF fonts (subsets), loading each font file only when text in it is
 * first drawn: IPA Gothic takes over half a second to parse and most pages need no Japanese. Text in any other
 * font is drawn as outlines. One instance per document; not thread-safe.
 */
final class BundledFontTextDrawer extends PdfBoxGraphics2DFontTextDrawer {

    private final Map<String, String> resources = new HashMap<>();
    private final Map<String, PDFont> loaded = new HashMap<>();

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
                pdf = PDType0Font.load(env.getDocument(), in, true);
            }
            loaded.put(name, pdf);
        }
        return pdf;
    }
}

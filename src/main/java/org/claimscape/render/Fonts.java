package org.claimscape.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled fonts (DejaVu Sans for Latin and Cyrillic, IPA Gothic for Japanese), loaded on first use so that
 * output does not depend on the fonts of the user's system. They are used as {@link Font} objects, never looked
 * up by name, so they are not registered with the graphics environment (which would make Java2D scan every
 * installed font). IPA Gothic (6 MB) is loaded only when some text needs it.
 *
 * <p>Mixed-script text ("Iturup / Etorofu / 択捉島") is laid out as an {@link AttributedString} whose runs use
 * DejaVu Sans where it has the glyphs and IPA Gothic elsewhere: the PDF writer maps every run to an embedded
 * font, so text stays selectable text. Thread-safe.
 */
public final class Fonts {

    /**
     * Set to {@code TRUE} on a surface that keeps only whole font sizes (JFreeSVG writes {@code Font.getSize()}):
     * {@link #draw} then keeps fractional sizes by drawing larger under a reducing transform.
     */
    public static final RenderingHints.Key WHOLE_FONT_SIZES = new RenderingHints.Key(0x5C0F) {
        @Override
        public boolean isCompatibleValue(Object v) {
            return v instanceof Boolean;
        }
    };

    /** Classpath resource of DejaVu Sans. */
    public static final String SANS_RESOURCE = "/fonts/DejaVuSans.ttf";
    /** Classpath resource of DejaVu Sans Bold. */
    public static final String SANS_BOLD_RESOURCE = "/fonts/DejaVuSans-Bold.ttf";
    /** Classpath resource of IPA Gothic. */
    public static final String JAPANESE_RESOURCE = "/fonts/ipag.ttf";

    /** Every bundled font file, for writers that embed them (PDF). */
    public static final List<String> RESOURCES = List.of(SANS_RESOURCE, SANS_BOLD_RESOURCE, JAPANESE_RESOURCE);

    /*
     * One context for measuring everywhere: antialiased with fractional metrics, as on the PDF and SVG
     * surfaces, so that a label's box computed for the screen is the box drawn on paper.
     */
    private static final FontRenderContext FRC = new FontRenderContext(null,
            RenderingHints.VALUE_TEXT_ANTIALIAS_ON, RenderingHints.VALUE_FRACTIONALMETRICS_ON);

    private static final class Loaded {
        static final Font SANS = load(SANS_RESOURCE);
        static final Font SANS_BOLD = load(SANS_BOLD_RESOURCE);
    }

    private static final class LoadedJapanese {
        static final Font JAPANESE = load(JAPANESE_RESOURCE);
    }

    private Fonts() {
    }

    /** DejaVu Sans at a size (points or pixels: the unit of the surface). */
    public static Font sans(float size) {
        return Loaded.SANS.deriveFont(size);
    }

    /** DejaVu Sans Bold at a size. */
    public static Font sansBold(float size) {
        // The BOLD style bit tells SVG writers to say font-weight bold; the glyphs are the real bold face.
        return Loaded.SANS_BOLD.deriveFont(Font.BOLD, size);
    }

    /** IPA Gothic at a size. */
    public static Font japanese(float size) {
        return LoadedJapanese.JAPANESE.deriveFont(size);
    }

    /** The measuring context shared by screen and print layout. */
    public static FontRenderContext renderContext() {
        return FRC;
    }

    /**
     * The text with a font on every run: DejaVu Sans (bold or not) where it can show the character, IPA Gothic
     * where it cannot.
     */
    public static AttributedString attributed(String text, float size, boolean bold) {
        AttributedString s = new AttributedString(text);
        runs(text, size, bold, (font, start, end) -> s.addAttribute(TextAttribute.FONT, font, start, end));
        return s;
    }

    /**
     * Draws the text with its baseline at (x, y): one {@code drawString} per font run, so every surface keeps it
     * as text (PDF maps each run to an embedded font; SVG writes {@code <text>}), where drawing an attributed
     * string would turn it into outlines on some surfaces. Uses the graphics' current paint.
     */
    public static void draw(Graphics2D g, String text, float size, boolean bold, double x, double y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (Boolean.TRUE.equals(g.getRenderingHint(WHOLE_FONT_SIZES)) && size != Math.rint(size)) {
            /* The surface writes whole font sizes only (6.5 would become 7): the text is drawn ten times larger
               under a tenfold reduction, which keeps its size to a tenth of a unit. */
            AffineTransform t = g.getTransform();
            g.scale(0.1, 0.1);
            g.setRenderingHint(WHOLE_FONT_SIZES, Boolean.FALSE);
            try {
                draw(g, text, Math.round(size * 10), bold, x * 10, y * 10);
            } finally {
                g.setRenderingHint(WHOLE_FONT_SIZES, Boolean.TRUE);
                g.setTransform(t);
            }
            return;
        }
        Font saved = g.getFont();
        double[] cx = {x};
        runs(text, size, bold, (font, start, end) -> {
            String run = text.substring(start, end);
            g.setFont(font);
            g.drawString(run, (float) cx[0], (float) y);
            cx[0] += font.getStringBounds(run, FRC).getWidth();
        });
        g.setFont(saved);
    }

    /* A run of text [start, end) in one font. */
    private interface Run {
        void accept(Font font, int start, int end);
    }

    /*
     * Splits the text into runs of one font: DejaVu Sans where it can show the character, else IPA Gothic where it
     * can (loaded only when some text needs it), else DejaVu Sans.
     */
    private static void runs(String text, float size, boolean bold, Run run) {
        Font latin = bold ? sansBold(size) : sans(size);
        Font cjk = null;
        int n = text.length();
        int runStart = 0;
        Font runFont = null;
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            Font f = latin;
            if (!latin.canDisplay(cp)) {
                cjk = cjk == null ? japanese(size) : cjk;
                f = cjk.canDisplay(cp) ? cjk : latin;
            }
            if (runFont != null && f != runFont) {
                run.accept(runFont, runStart, i);
                runStart = i;
            }
            runFont = f;
            i += Character.charCount(cp);
        }
        if (runFont != null) {
            run.accept(runFont, runStart, n);
        }
    }

    /** The laid-out text, for measuring and outlining (halo); cached. Null for empty text. */
    public static TextLayout layout(String text, float size, boolean bold) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String key = (bold ? "b" : "r") + size + "|" + text;
        TextLayout l = LAYOUTS.get(key);
        if (l == null) {
            if (LAYOUTS.size() > MAX_CACHED) {
                LAYOUTS.clear();
            }
            l = new TextLayout(attributed(text, size, bold).getIterator(), FRC);
            LAYOUTS.put(key, l);
        }
        return l;
    }

    private static final int MAX_CACHED = 4096;
    /* TextLayout is immutable; labels repeat from frame to frame, so layouts are kept. */
    private static final Map<String, TextLayout> LAYOUTS = new ConcurrentHashMap<>();

    private static Font load(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the classpath: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font is not TrueType: " + resource, e);
        }
    }
}

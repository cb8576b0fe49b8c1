package org.claimscape.render;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.AlphaComposite;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The point icons ({@code /icons/<type>.svg} on the classpath, 24 × 24 view box), loaded with JSVG and drawn at
 * a fixed size on any Graphics2D: as vector paths on PDF and SVG surfaces, from a cached bitmap on screen.
 * Unknown types fall back to the {@value #FALLBACK} icon. Thread-safe.
 */
public final class IconLibrary {

    /* Icon type names are file names under /icons/: compiled once, the check runs for every symbol drawn. */
    private static final Pattern TYPE_NAME = Pattern.compile("[a-z0-9-]+");

    /** The icon drawn for a type that has none. */
    public static final String FALLBACK = "site";

    private static final Logger LOG = Logger.getLogger(IconLibrary.class.getName());
    private static final IconLibrary SHARED = new IconLibrary("/icons/");

    private final String folder;
    private final Map<String, Optional<SVGDocument>> documents = new ConcurrentHashMap<>();
    private final Map<String, BufferedImage> bitmaps = new ConcurrentHashMap<>();

    /** @param folder classpath folder holding {@code <type>.svg}, with leading and trailing slash */
    public IconLibrary(String folder) {
        this.folder = folder;
    }

    /** The library over the bundled {@code /icons/}. */
    public static IconLibrary shared() {
        return SHARED;
    }

    /** Whether an icon exists for exactly this type (no fallback). */
    public boolean has(String type) {
        return type != null && document(type).isPresent();
    }

    /** The type whose icon is drawn for the given type: itself, or {@value #FALLBACK}. */
    public String resolve(String type) {
        return has(type) ? type : FALLBACK;
    }

    /**
     * Draws the icon centred on (cx, cy), {@code size} units wide and high, in the current transform. Vector
     * when the surface is marked {@link MapRenderer#VECTOR_OUTPUT} or scaled; a cached bitmap otherwise.
     */
    public void draw(Graphics2D g, String type, double cx, double cy, double size, double opacity) {
        Optional<SVGDocument> doc = document(type);
        String key = type;
        if (doc.isEmpty()) {
            doc = document(FALLBACK);
            key = FALLBACK;
        }
        if (doc.isEmpty()) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            if (opacity < 1) {
                g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
            }
            AffineTransform t = g2.getTransform();
            boolean raster = !Boolean.TRUE.equals(g2.getRenderingHint(MapRenderer.VECTOR_OUTPUT))
                    && (t.isIdentity() || t.getType() == AffineTransform.TYPE_TRANSLATION);
            if (raster) {
                int px = (int) Math.round(size);
                BufferedImage img = bitmaps.computeIfAbsent(key + "@" + px, k -> rasterise(document(k
                        .substring(0, k.indexOf('@'))).orElseThrow(), px));
                g2.drawImage(img, (int) Math.round(cx - px / 2.0), (int) Math.round(cy - px / 2.0), null);
            } else {
                g2.translate(cx - size / 2, cy - size / 2);
                doc.get().render((Component) null, g2, new ViewBox(0, 0, (float) size, (float) size));
            }
        } finally {
            g2.dispose();
        }
    }

    private static BufferedImage rasterise(SVGDocument doc, int px) {
        BufferedImage img = new BufferedImage(px, px, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            Painter.quality(g);
            doc.render((Component) null, g, new ViewBox(0, 0, px, px));
        } finally {
            g.dispose();
        }
        return img;
    }

    private Optional<SVGDocument> document(String type) {
        if (type == null || !TYPE_NAME.matcher(type).matches()) {
            return Optional.empty();
        }
        return documents.computeIfAbsent(type, t -> {
            URL url = IconLibrary.class.getResource(folder + t + ".svg");
            if (url == null) {
                return Optional.empty();
            }
            SVGDocument d = new SVGLoader().load(url);
            if (d == null) {
                LOG.warning("icon does not parse: " + url);
            }
            return Optional.ofNullable(d);
        });
    }
}

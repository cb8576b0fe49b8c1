package org.claimscape.ui.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Font;
import org.claimscape.render.Fonts;

/**
 * The fonts every control draws with: the bundled DejaVu Sans (Latin, Cyrillic) and IPA Gothic (Japanese), the
 * exports' fonts, so that the window reads on a system without Japanese or Cyrillic fonts. JavaFX takes only
 * the first family a style names, so the window's style sheets name DejaVu Sans; glyphs it lacks (Japanese) come
 * from the other fonts loaded here. Windows of their own (dialogs) get {@link #STYLESHEET}. FX thread.
 */
public final class UiFonts {

    /** The family the style sheets name. */
    public static final String FAMILY = "DejaVu Sans";
    /** Style sheet that puts the bundled font on a window's root. */
    public static final String STYLESHEET = UiFonts.class.getResource("fonts.css").toExternalForm();

    private static final Logger LOG = Logger.getLogger(UiFonts.class.getName());
    private static boolean loaded;

    private UiFonts() {
    }

    /** Loads the bundled fonts into JavaFX, once (about 15 ms). */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (String r : Fonts.RESOURCES) {
            try (InputStream in = Fonts.class.getResourceAsStream(r)) {
                if (in == null || Font.loadFont(in, 12) == null) {
                    LOG.warning(() -> "cannot load the bundled font " + r);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot load the bundled font " + r, e);
            }
        }
    }

    /** Gives a dialog the bundled font. */
    public static void style(DialogPane pane) {
        load();
        if (!pane.getStylesheets().contains(STYLESHEET)) {
            pane.getStylesheets().add(STYLESHEET);
        }
    }

    /** Gives a window of its own the bundled font. */
    public static void style(Scene scene) {
        load();
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}

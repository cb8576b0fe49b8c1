package org.claimscape.ui;

import atlantafx.base.theme.PrimerDark;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Parent;

/**
 * The window's two themes: light (JavaFX's own Modena with Claimscape's quiet panels) and dark (AtlantaFX's Primer
 * Dark with dark panels). Only the window's chrome changes: the map, its badges, scale bar and measure labels keep
 * their print colours, so a screenshot reads as the exported map does. FX thread only.
 */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    private static final String DARK_PANELS = "explorer-dark.css";

    private final String code;

    Theme(String code) {
        this.code = code;
    }

    /** The name kept in the settings file. */
    public String code() {
        return code;
    }

    /** The theme of a code; light for null or anything unknown. */
    public static Theme parse(String code) {
        return find(code).orElse(LIGHT);
    }

    private static Optional<Theme> find(String code) {
        for (Theme t : values()) {
            if (code != null && t.code.equals(code.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Applies the theme to every window of the application (dialogs too, through the user-agent stylesheet) and
     * the panels' colours to {@code window}'s root.
     */
    void apply(Parent window) {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet() : null);
        String dark = Theme.class.getResource(DARK_PANELS).toExternalForm();
        window.getStylesheets().remove(dark);
        if (this == DARK) {
            window.getStylesheets().add(dark);
        }
        window.getStyleClass().removeAll("theme-light", "theme-dark");
        window.getStyleClass().add("theme-" + code);
    }
}

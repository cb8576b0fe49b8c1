package org.claimscape.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.claimscape.ui.text.UiFonts;
import org.claimscape.ui.text.UiText;

/**
 * The offline user guide ({@code guide_en.txt}, {@code guide_ja.txt}, {@code guide_ru.txt} next to this class) in a
 * window of its own beside the map, in the interface language. One guide window at a time: asking again brings it
 * to the front (in the language of now). FX thread only.
 */
public final class UserGuide {

    private static Stage open;

    private UserGuide() {
    }

    /** The guide's text in a language (English for any other). */
    public static String text(Locale language) {
        String lang = UiText.supported(language).getLanguage();
        try (InputStream in = UserGuide.class.getResourceAsStream("guide_" + lang + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no guide_" + lang + ".txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shows the guide (F1), beside its owner; returns its window. */
    public static Stage show(Window owner) {
        String lang = UiText.locale().getLanguage();
        if (open != null && lang.equals(open.getUserData())) {
            open.show();
            open.toFront();
            return open;
        }
        if (open != null) {
            open.close();
        }
        VBox page = new VBox(6);
        page.getStyleClass().add("guide");
        page.setPadding(new Insets(16, 22, 22, 22));
        page.getChildren().addAll(GuideMarkup.render(text(UiText.locale())));
        page.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("userGuide");
        scroll.getStyleClass().add("guide-scroll");
        Scene scene = new Scene(scroll, 640, 720);
        UiFonts.style(scene);
        scene.getStylesheets().add(UserGuide.class.getResource("guide.css").toExternalForm());
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.setX(owner.getX() + Math.max(0, owner.getWidth() - 660));
            stage.setY(owner.getY() + 40);
        }
        stage.setTitle(UiText.get("help.guide.title"));
        stage.setScene(scene);
        stage.setUserData(lang);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setOnHidden(e -> {
            if (open == stage) {
                open = null;
            }
        });
        open = stage;
        stage.show();
        return stage;
    }
}

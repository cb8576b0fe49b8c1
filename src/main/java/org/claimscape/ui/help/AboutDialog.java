package org.claimscape.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.claimscape.ui.text.UiDialogs;
import org.claimscape.ui.text.UiText;

/** Help → About: the version, the licences of Claimscape and of what it is built with, and the data's sources. */
public final class AboutDialog {

    /** What Claimscape is built with, and each one's licence (as the projects name them). */
    public static final List<String> COMPONENTS = List.of(
            "OpenJFX 21 — GPL-2.0 with Classpath Exception",
            "Gluon Maps 2.0.0-ea+6 — GPL-3.0",
            "JTS Topology Suite 1.20 — EPL-2.0 / EDL-1.0",
            "Apache SIS 1.6 — Apache-2.0",
            "Apache PDFBox 3.0 — Apache-2.0; pdfbox-graphics2d — Apache-2.0",
            "JFreeSVG 5.0 — GPL-3.0",
            "JSVG 2.0 — MIT",
            "Jackson Core 2 — Apache-2.0",
            "picocli 4.7 — Apache-2.0",
            "AtlantaFX 2.0 — MIT",
            "DejaVu fonts — Bitstream Vera / DejaVu licence; IPA Gothic — IPA Font License 1.0");

    private AboutDialog() {
    }

    /** The version the build wrote ({@code version.properties}), or "dev" when run from unfiltered sources. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = AboutDialog.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "dev";
        }
        String v = p.getProperty("version", "dev");
        return v.startsWith("${") ? "dev" : v;
    }

    /** Shows the dialog (not waited for). */
    public static Dialog<Void> show(Window owner) {
        Dialog<Void> d = UiDialogs.prepare(new Dialog<>(), owner);
        d.setTitle(UiText.get("help.about.title"));
        d.setHeaderText(UiText.get("help.about.header", version()));
        d.getDialogPane().setId("aboutDialog");
        VBox box = new VBox(8,
                para(UiText.get("help.about.what")),
                para(UiText.get("help.about.licence")),
                heading(UiText.get("help.about.data")),
                para(UiText.get("help.about.data.text")),
                heading(UiText.get("help.about.components")),
                para(String.join("\n", COMPONENTS)));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        scroll.setPrefViewportWidth(520);
        scroll.setStyle("-fx-background-color: transparent;");
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getButtonTypes().add(UiDialogs.close());
        d.show();
        return d;
    }

    private static Label para(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(500);
        return l;
    }

    private static Label heading(String text) {
        Label l = para(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}

package org.claimscape.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Turns the guide's plain-text markup into nodes: {@code # } a title, {@code ## } a section heading, {@code - } a
 * bullet, a blank line between paragraphs, {@code **bold**} and {@code `keys`} within a line. Just what the guide
 * uses, so it needs no browser component. Pure function of the text; FX thread for the nodes.
 */
public final class GuideMarkup {

    /** A heading of the guide, for its contents and for tests. */
    public record Heading(int level, String text) {
    }

    private GuideMarkup() {
    }

    /** The headings in order ({@code #} is level 1, {@code ##} level 2). */
    public static List<Heading> headings(String markup) {
        List<Heading> out = new ArrayList<>();
        for (String line : markup.split("\n")) {
            if (line.startsWith("## ")) {
                out.add(new Heading(2, line.substring(3).strip()));
            } else if (line.startsWith("# ")) {
                out.add(new Heading(1, line.substring(2).strip()));
            }
        }
        return out;
    }

    /** The guide as nodes, top to bottom: labels for headings, text flows for paragraphs and bullets. */
    public static List<Node> render(String markup) {
        List<Node> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : markup.replace("\r", "").split("\n")) {
            String line = raw.strip();
            boolean block = line.isEmpty() || line.startsWith("#") || line.startsWith("- ");
            if (block && paragraph.length() > 0) {
                out.add(flow(paragraph.toString(), "guide-paragraph"));
                paragraph.setLength(0);
            }
            if (line.startsWith("## ")) {
                out.add(heading(line.substring(3), "guide-h2"));
            } else if (line.startsWith("# ")) {
                out.add(heading(line.substring(2), "guide-h1"));
            } else if (line.startsWith("- ")) {
                TextFlow f = flow(line.substring(2), "guide-bullet");
                f.getChildren().add(0, text("•  ", null));
                out.add(f);
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            }
        }
        if (paragraph.length() > 0) {
            out.add(flow(paragraph.toString(), "guide-paragraph"));
        }
        return out;
    }

    private static Label heading(String text, String styleClass) {
        Label l = new Label(text.strip());
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        return l;
    }

    /* A line with **bold** and `keys` runs. */
    private static TextFlow flow(String line, String styleClass) {
        TextFlow f = new TextFlow();
        f.getStyleClass().add(styleClass);
        int i = 0;
        while (i < line.length()) {
            int bold = line.indexOf("**", i);
            int key = line.indexOf('`', i);
            int next = bold < 0 ? key : key < 0 ? bold : Math.min(bold, key);
            if (next < 0) {
                f.getChildren().add(text(line.substring(i), null));
                break;
            }
            if (next > i) {
                f.getChildren().add(text(line.substring(i, next), null));
            }
            boolean isBold = next == bold;
            String mark = isBold ? "**" : "`";
            int end = line.indexOf(mark, next + mark.length());
            if (end < 0) {
                f.getChildren().add(text(line.substring(next), null));
                break;
            }
            f.getChildren().add(text(line.substring(next + mark.length(), end), isBold ? "guide-bold" : "guide-key"));
            i = end + mark.length();
        }
        return f;
    }

    private static Text text(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add("guide-text");
        if (styleClass != null) {
            t.getStyleClass().add(styleClass);
        }
        return t;
    }
}

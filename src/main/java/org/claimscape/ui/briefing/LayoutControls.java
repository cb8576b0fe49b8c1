package org.claimscape.ui.briefing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.claimscape.export.BriefingPageRenderer;
import org.claimscape.model.LabelClass;
import org.claimscape.model.PageLayout;
import org.claimscape.ui.text.UiText;

/**
 * The briefing dialog's layout: the user's changes to the automatic layout ({@link PageLayout}), the form rows that
 * edit it (kinds of map label, free text boxes, reset, what did not fit) and the frames dragged in the preview
 * ({@link LayoutOverlay}). FX thread only.
 */
final class LayoutControls {

    private final Map<LabelClass, CheckBox> labelChoices = new EnumMap<>(LabelClass.class);
    private final TextArea textEditor = new TextArea();
    private final Spinner<Double> textSize = new Spinner<>(PageLayout.TextBox.MIN_FONT,
            PageLayout.TextBox.MAX_FONT, PageLayout.TextBox.DEFAULT_FONT, 0.5);
    private final Button removeText = new Button();
    private final Label layoutNote = new Label();
    private final LayoutOverlay overlay;
    private final Supplier<BriefingPageRenderer.Result> shown;
    private final Runnable refresh;
    private PageLayout layout = PageLayout.AUTOMATIC;
    /* Set while the text editor is filled from the layout, so that filling it is not taken for an edit. */
    private boolean syncing;

    /**
     * @param preview the preview image the frames are dragged over
     * @param shown   the page the preview shows now (null before the first)
     * @param refresh draws the preview again after a change
     */
    LayoutControls(ImageView preview, Supplier<BriefingPageRenderer.Result> shown, Runnable refresh) {
        this.shown = shown;
        this.refresh = refresh;
        this.overlay = new LayoutOverlay(preview, this::moved);
        overlay.setId("layoutOverlay");
    }

    /** The frames over the preview. */
    LayoutOverlay overlay() {
        return overlay;
    }

    PageLayout get() {
        return layout;
    }

    /** Replaces the layout (null: the automatic one) and draws the preview again. */
    void set(PageLayout l) {
        restore(l);
        refresh.run();
    }

    /** Takes a kept layout without drawing (the dialog draws once it is built). */
    void restore(PageLayout l) {
        layout = l == null ? PageLayout.AUTOMATIC : l;
        overlay.selectedTextProperty().set(-1);
        syncLayoutFields();
    }

    /** A new preview is shown: its frames and what did not fit on it. */
    void drawn(BriefingPageRenderer.Result r) {
        overlay.show(r);
        showNotes(r);
    }

    /** Adds the layout's rows to the dialog's form from a row on: label kinds, text boxes, reset, notes. */
    int addRows(GridPane grid, int row) {
        int r = row;
        Label heading = BriefingDialog.label("briefing.layout");
        heading.getStyleClass().add("section");
        grid.add(heading, 0, r++, 2, 1);
        Label hint = BriefingDialog.label("briefing.layout.hint");
        hint.setWrapText(true);
        hint.setMaxWidth(300);
        hint.getStyleClass().add("hint");
        grid.add(hint, 1, r++);
        VBox labels = new VBox(3);
        labels.setId("labelChoices");
        for (LabelClass c : LabelClass.values()) {
            CheckBox cb = new CheckBox();
            cb.textProperty().bind(UiText.text(switch (c) {
                case ISLANDS -> "briefing.labels.islands";
                case PLACES -> "briefing.labels.places";
                case SITES -> "briefing.labels.sites";
                case REFERENCE -> "briefing.labels.reference";
                case BOUNDARIES -> "briefing.labels.boundaries";
            }));
            cb.setId("label-" + c.code());
            cb.setSelected(true);
            cb.selectedProperty().addListener((o, was, shown) -> {
                if (!syncing) {
                    layout = layout.withLabels(c, shown);
                    refresh.run();
                }
            });
            labelChoices.put(c, cb);
            labels.getChildren().add(cb);
        }
        grid.add(BriefingDialog.label("briefing.labels"), 0, r);
        grid.add(labels, 1, r++);

        Button addText = new Button();
        addText.textProperty().bind(UiText.text("briefing.text.add"));
        addText.setId("addTextButton");
        addText.setOnAction(e -> addText());
        removeText.textProperty().bind(UiText.text("briefing.text.remove"));
        removeText.setId("removeTextButton");
        removeText.setOnAction(e -> {
            int i = overlay.selectedTextProperty().get();
            if (i >= 0 && i < layout.texts().size()) {
                overlay.selectedTextProperty().set(-1);
                layout = layout.minusText(i);
                refresh.run();
            }
        });
        Button reset = new Button();
        reset.textProperty().bind(UiText.text("briefing.layout.reset"));
        reset.setId("resetLayoutButton");
        reset.setOnAction(e -> set(PageLayout.AUTOMATIC));
        grid.add(BriefingDialog.label("briefing.text"), 0, r);
        grid.add(new HBox(6, addText, removeText), 1, r++);
        textEditor.setId("textBoxEditor");
        textEditor.setPrefRowCount(3);
        textEditor.setWrapText(true);
        textEditor.promptTextProperty().bind(UiText.text("briefing.text.none"));
        textEditor.textProperty().addListener((o, a, b) -> editText(t -> t.withText(b)));
        textSize.setId("textSizeSpinner");
        textSize.setEditable(true);
        textSize.setPrefWidth(90);
        textSize.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                editText(t -> t.withFontSize(b));
            }
        });
        grid.add(textEditor, 1, r++);
        grid.add(BriefingDialog.label("briefing.text.size"), 0, r);
        grid.add(textSize, 1, r++);
        grid.add(reset, 1, r++);
        layoutNote.setId("layoutNote");
        layoutNote.setWrapText(true);
        layoutNote.setMaxWidth(300);
        layoutNote.getStyleClass().add("layout-note");
        grid.add(layoutNote, 1, r++);
        overlay.selectedTextProperty().addListener(o -> syncLayoutFields());
        syncLayoutFields();
        return r;
    }

    /* A new text box near the map's top left, selected for typing. */
    private void addText() {
        PageLayout.TextBox t = new PageLayout.TextBox(UiText.get("briefing.text.new"),
                new PageLayout.Box(0.08, 0.16, 0.3, 0.06), PageLayout.TextBox.DEFAULT_FONT);
        layout = layout.plusText(t);
        overlay.selectedTextProperty().set(layout.texts().size() - 1);
        refresh.run();
        textEditor.requestFocus();
        textEditor.selectAll();
    }

    /* Applies an edit to the selected text box. */
    private void editText(UnaryOperator<PageLayout.TextBox> edit) {
        int i = overlay.selectedTextProperty().get();
        if (syncing || i < 0 || i >= layout.texts().size()) {
            return;
        }
        layout = layout.withText(i, edit.apply(layout.texts().get(i)));
        refresh.run();
    }

    /* The label ticks and the text editor as the layout has them. */
    private void syncLayoutFields() {
        syncing = true;
        try {
            labelChoices.forEach((c, cb) -> cb.setSelected(layout.shows(c)));
            int i = overlay.selectedTextProperty().get();
            boolean any = i >= 0 && i < layout.texts().size();
            textEditor.setDisable(!any);
            textSize.setDisable(!any);
            removeText.setDisable(!any);
            textEditor.setText(any ? layout.texts().get(i).text() : "");
            textSize.getValueFactory().setValue(any ? layout.texts().get(i).fontSize()
                    : PageLayout.TextBox.DEFAULT_FONT);
        } finally {
            syncing = false;
        }
    }

    /* A frame dropped in the preview: its new box, as fractions of the page the preview shows. */
    private void moved(LayoutOverlay.Part part, int index, java.awt.geom.Rectangle2D box, boolean resized) {
        BriefingPageRenderer.Result r = shown.get();
        if (r == null) {
            return;
        }
        double pw = r.layout().page().getWidth();
        double ph = r.layout().page().getHeight();
        PageLayout.Box b = PageLayout.Box.ofPoints(box.getX(), box.getY(), box.getWidth(), box.getHeight(), pw, ph);
        switch (part) {
            case LEGEND -> layout = layout.withLegend(b);
            case LOCATOR -> layout = layout.withLocator(b);
            case TEXT -> {
                PageLayout.TextBox t = layout.texts().get(index);
                /* A moved box keeps the size the user gave it; the page grows it to its text again. */
                layout = layout.withText(index, t.withBox(resized ? b : new PageLayout.Box(b.x(), b.y(),
                        t.box().width(), t.box().height())));
            }
            default -> throw new IllegalStateException(part.toString());
        }
        refresh.run();
    }

    /* What did not fit, said rather than cut silently. */
    private void showNotes(BriefingPageRenderer.Result r) {
        List<String> notes = new ArrayList<>();
        if (r != null && r.legendLeft() > 0) {
            notes.add(UiText.get("briefing.legend-left", r.legendLeft()));
        }
        if (r != null && r.drawn() != null) {
            List<Integer> left = r.drawn().textLinesLeft();
            for (int i = 0; i < left.size(); i++) {
                if (left.get(i) > 0) {
                    notes.add(UiText.get("briefing.text-left", i + 1, left.get(i)));
                }
            }
            List<java.awt.geom.Rectangle2D> placed = new ArrayList<>(r.drawn().texts());
            if (layout.legend() != null) {
                placed.add(r.drawn().legend());
            }
            if (layout.locator() != null) {
                placed.add(r.drawn().locator());
            }
            if (placed.stream().anyMatch(b -> b.intersects(r.layout().footer())
                    || (r.calloutTable() != null && b.intersects(r.calloutTable())))) {
                notes.add(UiText.get("briefing.covers"));
            }
        }
        layoutNote.setText(String.join("\n", notes));
    }
}

package org.claimscape.ui.time;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.claimscape.ui.text.UiText;

/**
 * The time slider: a year slider from {@value #FIRST_YEAR} (the Treaty of Shimoda) to today, year steps,
 * play/pause and a date field, all driving one date property (null = all dates, when "All dates" is ticked).
 * A year on the slider means its last day (today for the current year), so the year's treaties and events are
 * in force. Playback is a {@link Timeline}: one year per {@link #STEP}. FX thread only.
 */
public final class TimeBar extends HBox {

    public static final int FIRST_YEAR = 1855;
    /** Time per year during playback. */
    public static final Duration STEP = Duration.millis(700);

    private final ObjectProperty<LocalDate> date;
    private final Supplier<LocalDate> today;
    private final Slider slider = new Slider();
    private final CheckBox allDates = new CheckBox();
    private final DatePicker field = new DatePicker();
    /* Drawn, not typed: the pause sign (U+23F8) is in none of the fonts the window can count on. */
    private final Node playIcon = new Polygon(0, 0, 10, 6, 0, 12);
    private final Node pauseIcon = new HBox(3, new Rectangle(3.5, 12), new Rectangle(3.5, 12));
    private final Button play = new Button(null, playIcon);
    private final Label yearLabel = new Label();
    private final Timeline timeline = new Timeline();
    private boolean updating;

    /**
     * @param date  the date the map shows (null = all dates)
     * @param today today's date (the slider's end)
     */
    public TimeBar(ObjectProperty<LocalDate> date, Supplier<LocalDate> today) {
        super(6);
        this.date = date;
        this.today = today;
        setId("timeBar");
        getStyleClass().add("time-bar");
        setAlignment(Pos.CENTER_LEFT);

        int last = today.get().getYear();
        slider.setId("timeSlider");
        slider.setMin(FIRST_YEAR);
        slider.setMax(last);
        slider.setValue(last);
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(10);
        slider.setMinorTickCount(9);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                int y = (int) Math.round(v);
                return y % 20 == 0 || y == FIRST_YEAR ? Integer.toString(y) : "";
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s);
            }
        });
        slider.setMajorTickUnit(5);
        slider.setMinorTickCount(4);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        slider.setTooltip(UiText.tooltip("time.slider.tip"));
        slider.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                int y = (int) Math.round(b.doubleValue());
                setDate(endOfYear(y));
            }
        });

        Button back = new Button();
        back.textProperty().bind(UiText.text("time.back"));
        back.setId("yearBack");
        back.setTooltip(UiText.tooltip("time.back.tip"));
        back.setOnAction(e -> step(-1));
        Button forward = new Button();
        forward.textProperty().bind(UiText.text("time.forward"));
        forward.setId("yearForward");
        forward.setTooltip(UiText.tooltip("time.forward.tip"));
        forward.setOnAction(e -> step(1));
        play.setId("playButton");
        play.setTooltip(UiText.tooltip("time.play.tip", Integer.toString(FIRST_YEAR)));
        play.setOnAction(e -> togglePlay());
        play.setMinWidth(34);

        field.setId("dateField");
        field.setPrefWidth(140);
        field.setConverter(UiText.dateConverter());
        field.promptTextProperty().bind(UiText.text("format.date.prompt"));
        field.setTooltip(UiText.tooltip("time.date.tip"));
        field.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                setDate(b);
            }
        });

        allDates.setId("allDates");
        allDates.textProperty().bind(UiText.text("time.all-dates"));
        allDates.setTooltip(UiText.tooltip("time.all-dates.tip"));
        allDates.selectedProperty().addListener((o, a, on) -> {
            if (updating) {
                return;
            }
            if (on) {
                stop();
                date.set(null);
            } else {
                setDate(endOfYear((int) Math.round(slider.getValue())));
            }
        });

        yearLabel.setId("timeLabel");
        yearLabel.setMinWidth(150);
        yearLabel.getStyleClass().add("time-label");
        Label events = new Label();
        events.textProperty().bind(UiText.text("time.events-window", RecentEvents.MONTHS));
        events.setId("eventsWindowNote");
        events.getStyleClass().add("time-bar-note");

        timeline.getKeyFrames().add(new KeyFrame(STEP, e -> advance()));
        timeline.setCycleCount(Animation.INDEFINITE);

        Label title = new Label();
        title.textProperty().bind(UiText.text("time.title"));
        getChildren().addAll(title, allDates, back, play, forward, slider, yearLabel, field, events);
        /* The slider gives way in a narrow window, not the words (longer in Japanese and Russian). */
        for (Region r : new Region[] {title, allDates, back, forward, field}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        /* ... down to a usable slider: below that the events note shortens (it has a tooltip's worth of words). */
        slider.setMinWidth(120);
        events.setMinWidth(0);
        date.addListener((o, a, b) -> show(b));
        show(date.get());
        showPlaying(false);
        UiText.onChange(this, () -> {
            field.setConverter(UiText.dateConverter());
            showPlaying(isPlaying());
            show(date.get());
        });
    }

    private void showPlaying(boolean playing) {
        play.setGraphic(playing ? pauseIcon : playIcon);
        play.setAccessibleText(UiText.get(playing ? "time.pause" : "time.play"));
    }

    /** The last day of a year, or today for the current year. */
    public LocalDate endOfYear(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate t = today.get();
        return end.isAfter(t) ? t : end;
    }

    public Slider slider() {
        return slider;
    }

    public boolean isPlaying() {
        return timeline.getStatus() == Animation.Status.RUNNING;
    }

    /** Plays from the shown year (from the start when at the end or showing all dates), or pauses. */
    public void togglePlay() {
        if (isPlaying()) {
            stop();
            return;
        }
        LocalDate d = date.get();
        if (d == null || d.getYear() >= today.get().getYear()) {
            setDate(endOfYear(FIRST_YEAR));
        }
        showPlaying(true);
        timeline.playFromStart();
    }

    /** Stops playback. */
    public void stop() {
        timeline.stop();
        showPlaying(false);
    }

    /** Moves the date by whole years (to the last day of the year), within the slider's range. */
    public void step(int years) {
        LocalDate d = date.get();
        int y = d == null ? today.get().getYear() : d.getYear();
        int to = Math.max(FIRST_YEAR, Math.min(today.get().getYear(), y + years));
        setDate(endOfYear(to));
    }

    private void advance() {
        LocalDate d = date.get();
        if (d == null || d.getYear() >= today.get().getYear()) {
            stop();
            return;
        }
        step(1);
        if (date.get().getYear() >= today.get().getYear()) {
            stop();
        }
    }

    private void setDate(LocalDate d) {
        date.set(d);
    }

    private void show(LocalDate d) {
        updating = true;
        try {
            allDates.setSelected(d == null);
            slider.setDisable(false);
            if (d != null) {
                slider.setValue(d.getYear());
                field.setValue(d);
                yearLabel.setText(badgeText(d));
            } else {
                field.setValue(null);
                yearLabel.setText(UiText.get("time.all-dates"));
            }
        } finally {
            updating = false;
        }
    }

    /** Text of the map's "as of" badge for a date (empty for all dates), in the interface language. */
    public static String badgeText(LocalDate d) {
        return d == null ? "" : UiText.get("time.as-of", UiText.date(d));
    }
}

package org.claimscape.ui.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscape.model.Feature;
import org.claimscape.ui.text.UiText;

/**
 * A project's status as of a date, in words of the interface language for the info panel (the history's own
 * steps are the data's words), from its {@code status}, {@code stage_reached},
 * {@code suspended_from} and {@code status_history} ("2017-09-07 announced …; 2022-03-21 suspended.")
 * properties. Stateless.
 */
public final class ProjectStatus {

    private static final Pattern STEP = Pattern.compile("(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)\\s+([^;]+)");

    private ProjectStatus() {
    }

    /**
     * The status line: with no date, the recorded status (and the stage reached, and since when it is
     * suspended); with a date, what held that day: not yet proposed, the latest step of the history up to the
     * date, suspended, or over. Null when the feature has no status at all.
     */
    public static String describe(Feature f, LocalDate date) {
        String status = f.string("status");
        String stage = f.string("stage_reached");
        LocalDate suspended = Feature.parseDate(f.string("suspended_from"));
        if (status == null && stage == null && suspended == null) {
            return null;
        }
        String stageText = stage == null ? "" : UiText.get("status.stage", word(stage));
        String statusText = status == null ? "" : word(status);
        if (date == null) {
            return statusText + (suspended == null ? "" : UiText.get("status.since", UiText.date(suspended)))
                    + stageText;
        }
        String asOf = UiText.date(date);
        LocalDate from = f.validity().from();
        LocalDate to = f.validity().to();
        if (from != null && date.isBefore(from)) {
            return UiText.get("status.not-yet", asOf, UiText.date(from));
        }
        if (suspended != null && !date.isBefore(suspended)) {
            return UiText.get("status.suspended", asOf, UiText.date(suspended)) + stageText;
        }
        if (to != null && date.isAfter(to)) {
            return UiText.get("status.done", asOf, status == null ? UiText.get("status.word.ended") : statusText,
                    UiText.date(from), UiText.date(to));
        }
        String step = latestStep(f.string("status_history"), date);
        if (step != null) {
            return UiText.get("status.as-of", asOf, step);
        }
        return UiText.get("status.as-of", asOf, status == null || "suspended".equals(status)
                ? UiText.get("status.word.under-way") : statusText) + stageText;
    }

    /* A status word of the data ("suspended", "visited") in the interface language, when the window knows it. */
    private static String word(String w) {
        return UiText.find("status.word." + w.trim().toLowerCase(Locale.ROOT).replace(' ', '-')).orElse(w);
    }

    /* The last "DATE text" step of the history on or before the date. */
    private static String latestStep(String history, LocalDate date) {
        if (history == null) {
            return null;
        }
        String best = null;
        Matcher m = STEP.matcher(history);
        while (m.find()) {
            LocalDate d = Feature.parseDate(m.group(1));
            if (d != null && !d.isAfter(date)) {
                best = word(m.group(2).replaceAll("\\s*\\[S\\d+]", "").replaceAll("[.\\s]+$", "").trim())
                        + " (" + UiText.date(m.group(1)) + ")";
            }
        }
        return best;
    }
}

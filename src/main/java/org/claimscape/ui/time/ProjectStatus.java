package org.claimscape.ui.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscape.model.Feature;

/**
 * A project's status as of a date, in words for the info panel, from its {@code status}, {@code stage_reached},
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
        String stageText = stage == null ? "" : " (stage reached: " + stage + ")";
        if (date == null) {
            return (status == null ? "" : status) + (suspended == null ? "" : " since " + suspended) + stageText;
        }
        LocalDate from = f.validity().from();
        LocalDate to = f.validity().to();
        if (from != null && date.isBefore(from)) {
            return "As of " + date + ": not yet proposed (from " + from + ")";
        }
        if (suspended != null && !date.isBefore(suspended)) {
            return "As of " + date + ": suspended since " + suspended + stageText;
        }
        if (to != null && date.isAfter(to)) {
            return "As of " + date + ": done (" + (status == null ? "ended" : status) + " " + from + " – " + to + ")";
        }
        String step = latestStep(f.string("status_history"), date);
        if (step != null) {
            return "As of " + date + ": " + step;
        }
        return "As of " + date + ": " + (status == null || "suspended".equals(status) ? "under way" : status)
                + stageText;
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
                best = m.group(2).replaceAll("\\s*\\[S\\d+]", "").replaceAll("[.\\s]+$", "").trim()
                        + " (" + m.group(1) + ")";
            }
        }
        return best;
    }
}

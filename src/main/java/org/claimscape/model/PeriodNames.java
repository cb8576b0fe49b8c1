package org.claimscape.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Names a place carried before its present ones, read from the {@code former_names} property: a list of objects
 * with {@code name_en}, {@code name_ja}, {@code name_ja_latn}, {@code name_ru}, {@code valid_from} (optional, open =
 * since ever) and {@code valid_to} (inclusive, required). The feature's own {@code name_*} apply on every other
 * date. Example (Kurilsk): {@code [{"valid_to":"1946-06-04","name_en":"Shana","name_ja":"紗那",...}]}.
 * Immutable.
 *
 * @param periods the former names with their spans, in file order
 */
public record PeriodNames(List<Period> periods) {

    public static final PeriodNames NONE = new PeriodNames(List.of());

    /** One set of names and when it was in use. */
    public record Period(TimeSpan span, Names names) {
    }

    public PeriodNames {
        periods = List.copyOf(periods);
    }

    /** Reads the {@code former_names} property value; entries without a readable {@code valid_to} are skipped. */
    static PeriodNames parse(Object value) {
        if (!(value instanceof List<?> list)) {
            return NONE;
        }
        List<Period> out = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof Map<?, ?> m) {
                LocalDate from = Feature.parseDate(text(m, "valid_from"));
                LocalDate to = Feature.parseDate(text(m, "valid_to"));
                if (to != null && (from == null || !to.isBefore(from))) {
                    out.add(new Period(new TimeSpan(from, to),
                            new Names(text(m, "name_en"), text(m, "name_ja"), text(m, "name_ru"),
                                    text(m, "name_ja_latn"))));
                }
            }
        }
        return out.isEmpty() ? NONE : new PeriodNames(out);
    }

    /** The former names in use at the date, or null when the present names apply (or the date is null). */
    public Names at(LocalDate date) {
        if (date == null) {
            return null;
        }
        for (Period p : periods) {
            if (p.span().contains(date)) {
                return p.names();
            }
        }
        return null;
    }

    /** The first day of the earliest known name, or null when some name has no start (known since ever). */
    public LocalDate earliest() {
        LocalDate first = LocalDate.MAX;
        for (Period p : periods) {
            if (p.span().from() == null) {
                return null;
            }
            first = p.span().from().isBefore(first) ? p.span().from() : first;
        }
        return first;
    }

    public boolean isEmpty() {
        return periods.isEmpty();
    }

    private static String text(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null || v instanceof Map || v instanceof List ? null : v.toString();
    }
}

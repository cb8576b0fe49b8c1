package org.claimscape.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates a feature is valid: {@code from} inclusive, {@code to} inclusive; either end may be open (null).
 * A feature that ends on 1945-09-05 is still shown on that day. Immutable.
 */
public record TimeSpan(LocalDate from, LocalDate to) {

    /** Valid at every date. */
    public static final TimeSpan ALWAYS = new TimeSpan(null, null);

    public TimeSpan {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("valid_to " + to + " is before valid_from " + from);
        }
    }

    /** True when the date lies in the span. A null date means "no date filter" and always matches. */
    public boolean contains(LocalDate date) {
        if (date == null) {
            return true;
        }
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    public boolean isAlways() {
        return from == null && to == null;
    }

    public Optional<LocalDate> start() {
        return Optional.ofNullable(from);
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(to);
    }

    /** The smallest span covering both; open ends stay open. */
    public TimeSpan union(TimeSpan other) {
        LocalDate f = (from == null || other.from == null) ? null : (from.isBefore(other.from) ? from : other.from);
        LocalDate t = (to == null || other.to == null) ? null : (to.isAfter(other.to) ? to : other.to);
        return new TimeSpan(f, t);
    }

    @Override
    public String toString() {
        return (from == null ? "…" : from.toString()) + " – " + (to == null ? "…" : to.toString());
    }
}

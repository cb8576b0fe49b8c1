package org.claimscape.io;

import static org.claimscape.io.GeoJsonProblem.quote;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.claimscape.model.Confidence;
import org.claimscape.model.Feature;
import org.claimscape.model.Precision;

/**
 * The Claimscape conventions for feature properties that the reader checks: {@code valid_from} and
 * {@code valid_to} dates, {@code confidence} and {@code precision}. A feature that breaks them is kept, with
 * a warning.
 */
final class FeatureConventions {

    private FeatureConventions() {
    }

    /** Passes a warning, worded for the user, for each convention {@code properties} break. */
    static void check(Map<String, Object> properties, Consumer<IoText.Message> warning) {
        for (String key : new String[] {"valid_from", "valid_to"}) {
            Object v = properties.get(key);
            if (v != null && Feature.parseDate(v.toString()) == null) {
                warning.accept(IoText.of("io.props.date", key, quote(v.toString())));
            }
        }
        Object from = properties.get("valid_from");
        Object to = properties.get("valid_to");
        if (from != null && to != null) {
            LocalDate f = Feature.parseDate(from.toString());
            LocalDate t = Feature.parseDate(to.toString());
            if (f != null && t != null && t.isBefore(f)) {
                warning.accept(IoText.of("io.props.to-before-from", t.toString(), f.toString()));
            }
        }
        Object confidence = properties.get("confidence");
        if (confidence != null && Confidence.parse(confidence.toString()).isEmpty()) {
            warning.accept(IoText.of("io.props.confidence", quote(confidence.toString())));
        }
        Object precision = properties.get("precision");
        if (precision != null && Precision.parse(precision.toString()).isEmpty()) {
            warning.accept(IoText.of("io.props.precision", quote(precision.toString()), Precision.words()));
        }
    }
}

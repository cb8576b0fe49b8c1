package org.claimscape.io;

import java.util.List;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;

/**
 * What reading a GeoJSON file gave: the features that are sound, and every problem found. Features with an
 * error are not in {@link #features()}; when reading stopped early ({@link #isComplete()} false: malformed
 * JSON, not GeoJSON, nesting too deep, an I/O error) the features read before the stop are kept so the caller
 * can offer them, but {@link #toLayer} refuses to build a layer from an incomplete or erroneous read unless
 * asked to. Immutable.
 */
public record GeoJsonReadResult(String file, List<Feature> features, List<GeoJsonProblem> problems,
                                boolean complete, int featuresSeen) {

    public GeoJsonReadResult {
        features = List.copyOf(features);
        problems = List.copyOf(problems);
    }

    public boolean isComplete() {
        return complete;
    }

    /** True when the whole file was read and no problem is an error (warnings allowed). */
    public boolean isValid() {
        return complete && errors().isEmpty();
    }

    public List<GeoJsonProblem> errors() {
        return problems.stream().filter(GeoJsonProblem::isError).toList();
    }

    public List<GeoJsonProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /**
     * A layer of the features, only when the read is valid.
     *
     * @throws GeoJsonException listing the errors when the read is not valid
     */
    public Layer toLayer(String id, String title) throws GeoJsonException {
        if (!isValid()) {
            throw new GeoJsonException(this);
        }
        return new Layer(id, title, features);
    }

    /** A layer of the sound features even when others had errors: the user chose to load what is valid. */
    public Layer toPartialLayer(String id, String title) {
        return new Layer(id, title, features);
    }
}

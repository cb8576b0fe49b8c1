package org.claimscape.io;

import java.util.List;

/** A GeoJSON file that cannot be used as it is; carries the full read result with every problem. */
public class GeoJsonException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient GeoJsonReadResult result;

    public GeoJsonException(GeoJsonReadResult result) {
        super(summary(result));
        this.result = result;
    }

    public GeoJsonReadResult result() {
        return result;
    }

    private static String summary(GeoJsonReadResult r) {
        List<GeoJsonProblem> errors = r.errors();
        StringBuilder sb = new StringBuilder();
        sb.append(r.file()).append(": ").append(errors.size()).append(errors.size() == 1 ? " error" : " errors");
        int shown = 0;
        for (GeoJsonProblem p : errors) {
            if (shown++ == 5) {
                sb.append("\n  ...");
                break;
            }
            sb.append("\n  ").append(p);
        }
        return sb.toString();
    }
}

package org.claimscape.ui.compare;

import java.io.IOException;
import java.nio.file.Path;
import org.claimscape.analysis.ClaimComparison;
import org.claimscape.analysis.MaritimeChange;
import org.claimscape.export.ComparisonReport;
import org.claimscape.export.ComparisonReport.Format;
import org.claimscape.model.Viewpoint;

/**
 * The compare panel's CSV export: the {@link ComparisonReport} CSV, the same as {@code compare --format csv}.
 * Kept as the panel's one call so that its export stays a single line while the panel is being reworked.
 */
final class ComparisonCsvWriter {

    private ComparisonCsvWriter() {
    }

    /** Writes the report (with the maritime figures when {@code sea} is not null) to the file atomically. */
    static void write(Path file, ClaimComparison c, MaritimeChange sea, Viewpoint viewpoint) throws IOException {
        ComparisonReport.of(c, sea).inViewpoint(viewpoint).write(file, Format.CSV);
    }
}

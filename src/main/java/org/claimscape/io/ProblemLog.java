package org.claimscape.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonProblem.Severity;
import org.claimscape.io.IoText.Message;

/**
 * The problems of one GeoJSON read, each with its place: the line and column in the file and, while a feature is
 * being read ({@link #feature}), that feature's index and id. SHOULD-level warnings, which a whole file may ignore
 * in every feature, are listed up to {@link #LISTED_PER_KIND} of a kind and the rest counted. Used once, on one
 * thread.
 */
final class ProblemLog {

    /** Warnings of one SHOULD-level kind listed one by one in a file; the rest are counted in one more warning. */
    static final int LISTED_PER_KIND = 10;

    private static final Comparator<GeoJsonProblem> BY_PLACE = Comparator.comparingLong(GeoJsonProblem::line)
            .thenComparingLong(GeoJsonProblem::column);

    private final String file;
    private final List<GeoJsonProblem> problems = new ArrayList<>();
    private final int[] listed = new int[Kind.values().length];
    private final GeoJsonProblem[] firstUnlisted = new GeoJsonProblem[Kind.values().length];
    /** The index of the feature being read, given with each problem; -1 outside any feature. */
    int feature = -1;
    /**
     * The id of the feature being read, as read (a String or a Number), when known: made text only when a problem
     * names it, not once per feature.
     */
    Object featureId;

    ProblemLog(String file) {
        this.file = file;
    }

    List<GeoJsonProblem> list() {
        return problems;
    }

    int size() {
        return problems.size();
    }

    void add(GeoJsonProblem p) {
        problems.add(p);
    }

    void add(Kind kind, Severity severity, JsonLocation at, Message message) {
        problems.add(problem(kind, severity, at, message));
    }

    /**
     * Records a warning for SHOULD-level advice: the first {@link #LISTED_PER_KIND} of a kind are listed, the
     * others counted in one warning at the end ({@link #addUnlistedCounts}).
     */
    void should(Kind kind, JsonLocation at, Message message) {
        int n = ++listed[kind.ordinal()];
        if (n <= LISTED_PER_KIND) {
            add(kind, Severity.WARNING, at, message);
        } else if (n == LISTED_PER_KIND + 1) {
            firstUnlisted[kind.ordinal()] = problem(kind, Severity.WARNING, at, message);
        }
    }

    /** Adds, for each kind with warnings not listed, one warning that counts them, at the first of them. */
    void addUnlistedCounts() {
        for (Kind kind : Kind.values()) {
            GeoJsonProblem first = firstUnlisted[kind.ordinal()];
            if (first != null) {
                int more = listed[kind.ordinal()] - LISTED_PER_KIND;
                problems.add(new GeoJsonProblem(first.file(), first.line(), first.column(), first.featureIndex(),
                        first.featureId(), kind, Severity.WARNING, IoText.of("io.json.more-warnings", more,
                        first.text())));
            }
        }
    }

    /** The problems recorded since index {@code from}, taken out of the list. */
    List<GeoJsonProblem> take(int from) {
        List<GeoJsonProblem> tail = problems.subList(from, problems.size());
        List<GeoJsonProblem> taken = new ArrayList<>(tail);
        tail.clear();
        return taken;
    }

    /** Puts the problems of one feature, from index {@code first} on, in the order of their places in the file. */
    void sortFrom(int first) {
        if (problems.size() - first > 1) {
            problems.subList(first, problems.size()).sort(BY_PLACE);
        }
    }

    private GeoJsonProblem problem(Kind kind, Severity severity, JsonLocation at, Message message) {
        long line = at == null ? -1 : at.getLineNr();
        long col = at == null ? -1 : at.getColumnNr();
        String id = feature >= 0 && featureId != null ? featureId.toString() : null;
        return new GeoJsonProblem(file, line, col, feature, id, kind, severity, message);
    }
}

package org.claimscape.analysis;

import java.util.List;

/** Thrown when a claim id is not the {@code claim} property of any feature in the claims layer; lists the known ids. */
public final class UnknownClaimException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String claimId;
    private final List<String> knownIds;

    public UnknownClaimException(String claimId, List<String> knownIds) {
        super("unknown claim '" + claimId + "'; known claims: " + String.join(", ", knownIds));
        this.claimId = claimId;
        this.knownIds = List.copyOf(knownIds);
    }

    public String claimId() {
        return claimId;
    }

    /** The claim ids the layer does know, sorted. */
    public List<String> knownIds() {
        return knownIds;
    }
}

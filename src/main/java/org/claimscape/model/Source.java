package org.claimscape.model;

/** Where a feature's facts come from: the {@code source} text and an optional {@code source_url}. Immutable. */
public record Source(String text, String url) {
    public static final Source NONE = new Source(null, null);

    public boolean isEmpty() {
        return (text == null || text.isBlank()) && (url == null || url.isBlank());
    }
}

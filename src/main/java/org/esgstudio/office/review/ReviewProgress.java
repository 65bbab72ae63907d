package org.esgstudio.office.review;

/** Hears how far a review-copy export has come (parts and chapters written of all) and may stop it. */
public interface ReviewProgress {
    ReviewProgress NONE = (done, total) -> {
    };

    void advanced(int done, int total);

    /** Checked between parts and chapters: true stops the export, and nothing is written. */
    default boolean cancelled() {
        return false;
    }
}

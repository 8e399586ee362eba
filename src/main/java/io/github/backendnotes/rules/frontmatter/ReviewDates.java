package io.github.backendnotes.rules.frontmatter;

/**
 * The vault's review-date convention: {@code created} ≤ {@code updated}, and
 * {@code next_review} = {@code updated} + {@code review_interval_days}. These field names are the ones the
 * rubrics and the vault's property dictionary use; the checks apply only where the fields exist.
 */
final class ReviewDates {
    static final String CREATED = "created";
    static final String UPDATED = "updated";
    static final String NEXT_REVIEW = "next_review";
    static final String INTERVAL = "review_interval_days";

    private ReviewDates() {
    }
}

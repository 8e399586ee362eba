package io.github.backendnotes.model;

import java.util.List;

/**
 * How much of the tree the root {@code INDEX.md} links to.
 *
 * @param total   notes that should be listed: all but readmes, index files, the dictionary and templates
 * @param missing those it does not link to, sorted
 */
public record IndexListing(String index, int indexed, int total, List<String> missing) {

    public IndexListing {
        missing = List.copyOf(missing);
    }

    /** The share listed, in percent with two decimals. */
    public double percent() {
        return total == 0 ? 100.0 : Math.round(10000.0 * indexed / total) / 100.0;
    }
}

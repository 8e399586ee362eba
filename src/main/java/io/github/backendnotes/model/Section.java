package io.github.backendnotes.model;

import java.util.List;

/**
 * The blocks between a heading and the next heading of any level.
 *
 * @param heading the heading, or {@code null} for the content before the first heading
 */
public record Section(Heading heading, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }

    public String title() {
        return heading == null ? "" : heading.text();
    }

    public int level() {
        return heading == null ? 0 : heading.level();
    }
}

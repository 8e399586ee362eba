package io.github.backendnotes.links;

import java.util.Locale;
import java.util.Optional;

/** Whose rules a link is resolved by. */
public enum LinkResolution {
    /** Obsidian's: by path relative to the note, from the vault root, or by name anywhere; headings by their text. */
    OBSIDIAN,
    /** What GitHub renders: Markdown links by path relative to the file, exact in case; fragments are anchors. */
    GITHUB;

    /** {@code obsidian} or {@code github}, in any case; empty for anything else. */
    public static Optional<LinkResolution> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "obsidian" -> Optional.of(OBSIDIAN);
            case "github" -> Optional.of(GITHUB);
            default -> Optional.empty();
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package io.github.backendnotes.links;

import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.PathNames;

import java.util.Optional;

/**
 * What GitHub renders: a Markdown link or image is a path relative to the file ({@code /} for the repository's
 * root, taken as the notes root), exact in letter case; its fragment names a heading's anchor or an HTML anchor.
 * Wiki links are text on GitHub, not links.
 */
public final class GithubResolver {

    private final NameIndex names;

    public GithubResolver(NameIndex names) {
        this.names = names;
    }

    public Resolved resolve(String fromNote, Link link) {
        if (link.kind() == Link.Kind.WIKI) {
            return new Resolved(Resolved.Outcome.NOT_A_LINK, null, "", "");
        }
        Destination destination = Destination.of(link);
        if (destination.external()) {
            return destination.unreachable();
        }
        String path = destination.path();
        String fragment = destination.fragment();
        if (path.isEmpty()) {
            return at(fromNote, fragment);
        }
        String resolved = PathNames.normalize(path.startsWith("/") ? path.substring(1)
                : ObsidianResolver.join(PathNames.parent(fromNote), path));
        if (ObsidianResolver.escapes(resolved)) {
            return new Resolved(Resolved.Outcome.OUTSIDE_ROOT, null, fragment, "");
        }
        if (names.exists(resolved)) {
            return at(resolved, fragment);
        }
        return Resolved.missing(resolved, fragment, obsidianWouldFind(resolved));
    }

    private Resolved at(String target, String fragment) {
        NoteSummary note = names.vault().note(target);
        return note == null ? Resolved.resolved(target, "") : Fragments.github(note, fragment);
    }

    /** What the link lacks on GitHub but not in Obsidian: the letter case, {@code .md}; else the nearest note. */
    private String obsidianWouldFind(String resolved) {
        Optional<String> otherCase = names.ignoringCase(resolved);
        if (otherCase.isPresent()) {
            return "'" + otherCase.get() + "' differs only in letter case: it works in Obsidian but not on GitHub";
        }
        if (!NameIndex.lower(resolved).endsWith(".md")) {
            Optional<String> note = names.ignoringCase(resolved + ".md");
            if (note.isPresent()) {
                return "the note is '" + note.get() + "': Obsidian finds it without .md, GitHub does not";
            }
        }
        return Hints.nearestNote(names, resolved, resolved).replaceFirst("^; ", "");
    }
}

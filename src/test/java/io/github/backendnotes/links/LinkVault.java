package io.github.backendnotes.links;

import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.VaultSummary;
import io.github.backendnotes.parse.NoteParser;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A vault in memory for the resolvers: notes parsed from text, other files by path. */
final class LinkVault {

    private final Map<String, NoteSummary> notes = new HashMap<>();
    private final Set<String> files = new HashSet<>();

    LinkVault note(String path, String text) {
        notes.put(path, NoteSummary.of(new NoteParser().parse(path, text)));
        return this;
    }

    LinkVault file(String path) {
        files.add(path);
        return this;
    }

    NameIndex names() {
        return new NameIndex(new VaultSummary(notes, files));
    }

    /** The links of a note, as its parser found them. */
    List<Link> links(String path) {
        return notes.get(path).links();
    }

    static Link markdown(String target) {
        return new Link(Link.Kind.MARKDOWN, target, "x", 1, 1);
    }

    static Link wiki(String target) {
        return new Link(Link.Kind.WIKI, target, target, 1, 1);
    }

    static Link image(String target) {
        return new Link(Link.Kind.IMAGE, target, "x", 1, 1);
    }
}

package io.github.backendnotes.rules.links;

import io.github.backendnotes.rules.LinkResolver;
import io.github.backendnotes.model.IndexedNote;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.rules.VaultContext;
import io.github.backendnotes.rules.VaultFindings;
import io.github.backendnotes.rules.VaultRule;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Base of the link rules: each resolves every link of every note and reports one kind of outcome. */
abstract class LinkOutcomeRule extends VaultRule {

    private final LinkResolver.Outcome outcome;

    LinkOutcomeRule(String id, Severity severity, String description, LinkResolver.Outcome outcome) {
        super(id, severity, description);
        this.outcome = outcome;
    }

    @Override
    public final void check(VaultContext vault, VaultFindings out) {
        Map<String, IndexedNote> notes = new TreeMap<>(vault.index().notes());
        for (IndexedNote note : notes.values()) {
            String series = vault.seriesOf(note.path()).map(Series::name).orElse(null);
            List<LinkResolver.Resolution> resolutions = vault.resolutions(note.path());
            for (int i = 0; i < note.links().size(); i++) {
                Link link = note.links().get(i);
                LinkResolver.Resolution resolution = resolutions.get(i);
                if (resolution.outcome() == outcome) {
                    out.report(this, note.path(), series, link.line(), link.column(), message(vault, link, resolution));
                }
            }
        }
    }

    abstract String message(VaultContext vault, Link link, LinkResolver.Resolution resolution);

    /** The target as written: {@code (path)} for Markdown, {@code [[name]]} for wiki links. */
    static String written(Link link) {
        return link.kind() == Link.Kind.WIKI ? "[[" + link.target() + "]]" : "'" + link.target() + "'";
    }
}

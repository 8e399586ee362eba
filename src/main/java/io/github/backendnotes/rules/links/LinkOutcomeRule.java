package io.github.backendnotes.rules.links;

import io.github.backendnotes.check.LinkResolver;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.VaultRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Base of the link rules: each resolves every link of every note and reports one kind of outcome. */
abstract class LinkOutcomeRule extends VaultRule {

    private final LinkResolver.Outcome outcome;

    LinkOutcomeRule(String id, Severity severity, String description, LinkResolver.Outcome outcome) {
        super(id, severity, description);
        this.outcome = outcome;
    }

    @Override
    public final void check(VaultContext vault, Findings out) {
        // few notes have a link with this outcome: only those are sorted by path, the order of the findings
        List<NoteSummary> notes = new ArrayList<>();
        for (NoteSummary note : vault.index().notes().values()) {
            if (vault.resolutions(note.path()).stream().anyMatch(resolution -> resolution.outcome() == outcome)) {
                notes.add(note);
            }
        }
        notes.sort(Comparator.comparing(NoteSummary::path));
        for (NoteSummary note : notes) {
            String series = vault.seriesOf(note.path()).map(Series::name).orElse(null);
            List<LinkResolver.Resolution> resolutions = vault.resolutions(note.path());
            for (int i = 0; i < note.links().size(); i++) {
                Link link = note.links().get(i);
                LinkResolver.Resolution resolution = resolutions.get(i);
                if (resolution.outcome() == outcome) {
                    out.report(this, note.path(), series, link.line(), link.column(), message(vault, link, resolution),
                            related(vault, resolution));
                }
            }
        }
    }

    abstract String message(VaultContext vault, Link link, LinkResolver.Resolution resolution);

    /** The file the link leads to, or would: none when it leads nowhere inside the notes root. */
    List<String> related(VaultContext vault, LinkResolver.Resolution resolution) {
        return resolution.target() == null ? List.of() : List.of(resolution.target());
    }

    /** The target as written: {@code (path)} for Markdown, {@code [[name]]} for wiki links. */
    static String written(Link link) {
        return link.kind() == Link.Kind.WIKI ? "[[" + link.target() + "]]" : "'" + link.target() + "'";
    }
}

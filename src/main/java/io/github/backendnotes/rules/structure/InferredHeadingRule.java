package io.github.backendnotes.rules.structure;

import io.github.backendnotes.check.ChapterKinds;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.VaultRule;
import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.Severity;

import java.util.List;
import java.util.Optional;

/**
 * A chapter has the headings inferred for a prose contract that counts more headings than it names. A rule of its
 * own, across files, because the inferred headings are known only once every chapter is read; a warning, because
 * the rubric does not name them: most chapters agree on them.
 */
public final class InferredHeadingRule extends VaultRule {

    public InferredHeadingRule() {
        super("structure.inferred-heading", Severity.WARNING,
                "A chapter has each heading inferred for its rubric's prose contract (counted, not named; shared by "
                        + "most of the series' chapters).");
    }

    @Override
    public void check(VaultContext vault, Findings out) {
        for (Series series : vault.series()) {
            if (series.rubric().kinds().stream().noneMatch(k -> k.headings().stream().anyMatch(
                    ChapterKind.RequiredHeading::inferred))) {
                continue;
            }
            for (String path : series.chapters()) {
                NoteSummary chapter = vault.index().note(path);
                if (chapter != null && !vault.templates().contains(path)) {
                    check(series, chapter, out);
                }
            }
        }
    }

    private void check(Series series, NoteSummary chapter, Findings out) {
        Optional<ChapterKinds.Match> match = ChapterKinds.match(series.rubric(), chapter.h2());
        if (match.isEmpty()) {
            return;
        }
        ChapterKind kind = match.get().kind();
        for (ChapterKind.RequiredHeading heading : kind.headings()) {
            if (heading.inferred() && chapter.h2().stream().noneMatch(t -> ChapterKinds.isHeading(t, heading.text()))) {
                out.report(this, chapter.path(), series.name(), 1, 1, "missing heading '" + heading.text() + "' ("
                        + kind.label() + ": inferred, " + heading.agreeing() + " of " + heading.chapters()
                        + " chapters have it)", List.of(series.rubric().file()));
            }
        }
    }
}

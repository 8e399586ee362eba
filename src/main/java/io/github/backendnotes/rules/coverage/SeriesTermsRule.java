package io.github.backendnotes.rules.coverage;

import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.VaultRule;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.PathNames;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.Severity;

import java.util.ArrayList;
import java.util.List;

public final class SeriesTermsRule extends VaultRule {

    /** Reads "[selector] 章節需覆蓋：`a`, `b`" and "… 章節需說明 `x` 邊界、words 與 words" from a section of its own. */
    public static final ClauseForm FORM = ClauseForm.wholeLine(SeriesTerms::read);

    public SeriesTermsRule() {
        super("coverage.series-terms", Severity.ERROR,
                "Each term a rubric line asks the series' chapters to cover is held by at least one of the chapters it "
                        + "names: every chapter of the series (\"對應章節\"), or those whose file name or title names the "
                        + "line's selector (\"middleware 章節\", \"Next.js 章節\", letters and digits compared) or one of "
                        + "its terms. A backticked term is a literal found in a code block or an inline code span (a "
                        + "whole identifier; either quote for a quote); `set/get/subscribe` is each of the three; other "
                        + "items are Latin words found anywhere in the chapter, in any case, a hyphen or space between "
                        + "them alike, a slash joining two names of one topic (\"SSR/hydration\": either).");
    }

    @Override
    public void check(VaultContext vault, Findings out) {
        for (Series series : vault.series()) {
            for (SectionRequirement requirement : series.rubric().seriesChecks()) {
                if (requirement.check() instanceof SeriesTerms terms) {
                    check(vault, series, requirement, terms, out);
                }
            }
        }
    }

    private void check(VaultContext vault, Series series, SectionRequirement requirement, SeriesTerms terms,
                       Findings out) {
        List<NoteSummary> chapters = new ArrayList<>();
        for (String chapter : series.chapters()) {
            NoteSummary note = vault.index().note(chapter);
            if (note != null && terms.selects(PathNames.fileName(chapter), note.properties().getOrDefault("title", ""))) {
                chapters.add(note);
            }
        }
        String rubric = series.rubric().file();
        String where = "; rubric line " + requirement.line() + ": " + requirement.rubricText();
        if (chapters.isEmpty()) {
            out.report(this, series.readme(), series.name(), 1, 1, "no chapter's file name or title names '"
                    + terms.selector() + "' or one of the terms" + where, List.of(rubric));
            return;
        }
        List<String> paths = chapters.stream().map(NoteSummary::path).toList();
        List<String> related = new ArrayList<>(paths);
        related.add(rubric);
        for (SeriesTerms.Term term : terms.terms()) {
            // a chapter indexed without looking for the term (its entry older than the rubric) is taken to hold it
            if (chapters.stream().noneMatch(c -> c.terms().getOrDefault(term.key(), true))) {
                String file = paths.size() == 1 ? paths.get(0) : series.readme();
                String what = term.reading() == SeriesTerms.Reading.LITERAL ? term.label() + " in its code"
                        : "the words " + term.label();
                out.report(this, file, series.name(), 1, 1, (paths.size() == 1 ? "the chapter does not hold " + what
                        : "none of the " + (terms.selector().isEmpty() ? "series' " + paths.size() + " chapters"
                        : "chapters " + names(paths)) + " holds " + what) + where,
                        paths.size() == 1 ? List.of(rubric) : related);
            }
        }
    }

    private static String names(List<String> paths) {
        return String.join(", ", paths.stream().map(PathNames::fileName).toList());
    }
}

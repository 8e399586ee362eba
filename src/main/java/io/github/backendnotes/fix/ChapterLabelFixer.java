package io.github.backendnotes.fix;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.parse.ReadmeParser;

import java.util.Optional;

/**
 * Gives a README chapter-list line the priority label of the Reading Priority group its chapter is in
 * ({@code index.chapter-list}): the entry's label is replaced, or added after the link when the line has none.
 * The entry and the groups are the README model's; other findings of the rule (a name, a duplicate, a chapter
 * missing from the list) stay.
 */
final class ChapterLabelFixer implements Fixer {

    @Override
    public String ruleId() {
        return "index.chapter-list";
    }

    @Override
    public boolean fix(Finding finding, FixTarget target, LineEdits edits) {
        SeriesReadme readme = new ReadmeParser().parse(target.note().path(), target.note());
        Optional<SeriesReadme.ChapterEntry> entry = readme.chapters().stream()
                .filter(e -> e.line() == finding.line()).findFirst();
        if (entry.isEmpty()) {
            return false;
        }
        String id = Series.chapterId(entry.get().target());
        Optional<String> tag = readme.priorities().stream()
                .filter(group -> group.ids().stream().anyMatch(i -> i.id().equals(id)))
                .map(SeriesReadme.PriorityGroup::tag).findFirst();
        if (id.isEmpty() || tag.isEmpty() || tag.get().equals(entry.get().priority().trim())) {
            return false;
        }
        String line = edits.text().line(finding.line());
        int link = line.indexOf("](" + entry.get().target() + ")");
        if (link < 0) {
            return false;
        }
        int after = link + entry.get().target().length() + 3;
        String rest = line.substring(after);
        // a line with minutes and no label ("- 30 min") reads its minutes where the label stands: they stay
        String old = entry.get().priority().matches("(?i)\\d+\\s*min.*") ? "" : entry.get().priority();
        String labelled;
        if (old.isEmpty()) {
            labelled = " - " + tag.get() + rest;
        } else if (rest.contains(old)) {
            int at = rest.indexOf(old);
            labelled = rest.substring(0, at) + tag.get() + rest.substring(at + old.length());
        } else {
            return false;
        }
        return edits.replace(finding.line(), line.substring(0, after) + labelled, "label '" + old + "' -> '"
                + tag.get() + "' [" + ruleId() + "]");
    }
}

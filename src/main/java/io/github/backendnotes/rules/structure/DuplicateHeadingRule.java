package io.github.backendnotes.rules.structure;

import io.github.backendnotes.model.Heading;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterKinds;
import io.github.backendnotes.check.Findings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class DuplicateHeadingRule extends StructureRule {

    public DuplicateHeadingRule() {
        super("structure.duplicate-heading", Severity.ERROR, "A required H2 heading appears only once.");
    }

    @Override
    void check(Note note, ChapterKinds.Match match, Findings out) {
        List<String> required = match.kind().headingTexts();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Heading heading : ChapterKinds.h2(note)) {
            int index = ChapterKinds.indexOf(required, heading.text());
            if (index < 0) {
                continue;
            }
            Integer first = firstLine.putIfAbsent(required.get(index), heading.line());
            if (first != null) {
                out.report(this, heading.line(), 1, "required heading '" + heading.text()
                        + "' appears again (first on line " + first + ")");
            }
        }
    }
}

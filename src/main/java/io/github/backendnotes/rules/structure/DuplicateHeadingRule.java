package io.github.backendnotes.rules.structure;

import io.github.backendnotes.model.Heading;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.rules.ChapterContext;
import io.github.backendnotes.rules.ChapterKinds;
import io.github.backendnotes.rules.FindingSink;
import io.github.backendnotes.rules.NoteContext;
import io.github.backendnotes.rules.NoteRule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class DuplicateHeadingRule extends NoteRule {

    public DuplicateHeadingRule() {
        super("structure.duplicate-heading", Severity.ERROR, "A required H2 heading appears only once.");
    }

    @Override
    public void check(Note note, NoteContext context, FindingSink out) {
        ChapterContext chapter = context.chapter();
        if (chapter == null) {
            return;
        }
        ChapterKinds.match(chapter.rubric(), note).ifPresent(match -> {
            List<String> required = match.kind().headingTexts();
            Map<String, Integer> firstLine = new HashMap<>();
            for (Heading heading : ChapterKinds.h2(note)) {
                if (!required.contains(heading.text())) {
                    continue;
                }
                Integer first = firstLine.putIfAbsent(heading.text(), heading.line());
                if (first != null) {
                    out.report(this, heading.line(), 1, "required heading '" + heading.text()
                            + "' appears again (first on line " + first + ")");
                }
            }
        });
    }
}

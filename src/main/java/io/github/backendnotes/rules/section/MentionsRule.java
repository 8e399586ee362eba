package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.SectionRequirement.MentionsEach;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

import java.util.List;
import java.util.regex.Pattern;

public final class MentionsRule extends SectionRule<MentionsEach> {

    public MentionsRule() {
        super("section.mentions", Severity.ERROR,
                "A section the rubric asks to cover each of several names (\"針對 Go 與 Rust 各…\") names each.",
                MentionsEach.class);
    }

    @Override
    String problem(SectionView section, MentionsEach check) {
        String text = section.text();
        // a code block in the language counts: a pitfall shown in Go code addresses Go
        List<String> missing = check.names().stream()
                .filter(name -> !mentions(text, name) && section.codeBlocks().stream()
                        .noneMatch(code -> code.language().equalsIgnoreCase(name)))
                .map(name -> "'" + name + "'").toList();
        return missing.isEmpty() ? null : "does not mention " + String.join(", ", missing);
    }

    /** The name as a word: not inside a longer Latin word ("Go" is not in "Google"). */
    static boolean mentions(String text, String name) {
        return Pattern.compile("(?<![A-Za-z])" + Pattern.quote(name) + "(?![A-Za-z])", Pattern.CASE_INSENSITIVE)
                .matcher(text).find();
    }
}

package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class MentionsRule extends SectionRule<MentionsRule.MentionsEach> {

    private static final Pattern MENTIONS = Pattern.compile("針對\\s*(\\S+?)\\s*(?:與|和|及|、)\\s*(\\S+?)\\s*各");

    /** Reads "需針對 Go 與 Rust 各至少提及 1 個". */
    public static final ClauseForm FORM = clause -> {
        Matcher m = MENTIONS.matcher(clause);
        return m.find() ? Optional.of(new MentionsEach(List.of(m.group(1), m.group(2)))) : Optional.empty();
    };

    /** The section names each of these. */
    public record MentionsEach(List<String> names) implements Check {
        public MentionsEach {
            names = List.copyOf(names);
        }
    }

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

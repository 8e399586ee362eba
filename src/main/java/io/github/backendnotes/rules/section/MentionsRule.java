package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.CompiledPatterns;
import io.github.backendnotes.check.SectionView;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class MentionsRule extends SectionRule<MentionsRule.MentionsEach> {

    /** Each name's pattern, compiled once: the names are the rubric's, and every chapter's section is tested for them. */
    private static final CompiledPatterns<String> NAMES = new CompiledPatterns<>(name -> Pattern.compile(
            "(?<![A-Za-z])" + Pattern.quote(name) + "(?![A-Za-z])", Pattern.CASE_INSENSITIVE));
    private static final Pattern MENTIONS = Pattern.compile("針對\\s*(\\S+?)\\s*(?:與|和|及|、)\\s*(\\S+?)\\s*各");
    /** What is mentioned for each: "… 1 個語言特有陷阱". */
    private static final Pattern COUNTED = Pattern.compile("\\d+\\s*(?:個|个|條|条|項|项)\\s*(.+)$");

    /** Reads "需針對 Go 與 Rust 各至少提及 1 個". */
    public static final ClauseForm FORM = clause -> {
        Matcher m = MENTIONS.matcher(clause);
        if (!m.find()) {
            return Optional.empty();
        }
        Matcher counted = COUNTED.matcher(clause.substring(m.end()));
        return Optional.of(new MentionsEach(List.of(m.group(1), m.group(2)), counted.find() ? described(counted.group(1)) : ""));
    };

    /** The section names each of these; {@code what} is what it mentions for each ("語言特有陷阱"), or empty. */
    public record MentionsEach(List<String> names, String what) implements Check {
        public MentionsEach {
            names = List.copyOf(names);
        }

        public MentionsEach(List<String> names) {
            this(names, "");
        }

        @Override
        public boolean restatedBy(String checklistLine) {
            return restatesObject(checklistLine, what);
        }
    }

    public MentionsRule() {
        super("section.mentions", Severity.ERROR,
                "A section the rubric asks to cover each of several names (\"針對 Go 與 Rust 各…\") mentions each: by "
                        + "its name, an alias (Golang), a code block in it, or one of its distinctive terms (goroutine, "
                        + "channel, defer for Go; borrow checker, lifetime, cargo for Rust; more under the "
                        + "configuration's vocabulary).",
                MentionsEach.class);
    }

    @Override
    String problem(SectionView section, MentionsEach check) {
        return problem(section, check, java.util.Map.of());
    }

    @Override
    String problem(SectionView section, MentionsEach check, ChapterContext chapter) {
        return problem(section, check, chapter.rubric().vocabulary());
    }

    private static String problem(SectionView section, MentionsEach check, java.util.Map<String, List<String>> vocabulary) {
        String text = section.text();
        String folded = Vocabulary.foldAscii(text);
        List<String> missing = new java.util.ArrayList<>();
        for (String name : check.names()) {
            List<String> terms = Vocabulary.terms(name, vocabulary);
            // a code block in the language counts: a pitfall shown in Go code addresses Go
            boolean mentioned = section.codeBlocks().stream().anyMatch(code -> code.language().equalsIgnoreCase(name))
                    || folded.contains(Vocabulary.foldAscii(name)) && mentions(text, name)
                    || terms.stream().anyMatch(t -> Vocabulary.contains(text, folded, t));
            if (!mentioned) {
                missing.add("'" + name + "' (" + whatCounts(name, terms) + ")");
            }
        }
        return missing.isEmpty() ? null : "does not mention " + String.join(", ", missing);
    }

    /** What would have counted as a mention, for the message. */
    private static String whatCounts(String name, List<String> terms) {
        String some = terms.isEmpty() ? "" : ", or a term such as " + String.join(", ", terms.subList(0, Math.min(4, terms.size())));
        return "its name, a " + name.toLowerCase(java.util.Locale.ROOT) + " code block" + some;
    }

    /** The name as a word: not inside a longer Latin word ("Go" is not in "Google"). */
    static boolean mentions(String text, String name) {
        return NAMES.of(name).matcher(text).find();
    }
}

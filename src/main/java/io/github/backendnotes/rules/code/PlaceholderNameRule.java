package io.github.backendnotes.rules.code;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.CompiledPatterns;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Identifiers such as {@code foo} and {@code bar}, where the rubric forbids them; strings and comments are skipped. */
public final class PlaceholderNameRule extends NoteRule {

    private static final Set<String> NOT_CODE = Set.of("mermaid", "text", "txt", "plaintext", "markdown", "md", "output");
    private static final Set<String> HASH_COMMENTS = Set.of("bash", "sh", "shell", "zsh", "python", "py", "yaml", "yml",
            "toml", "ruby", "dockerfile", "makefile", "conf", "ini");
    /** One pattern per list of forbidden names, shared by the workers. */
    private static final CompiledPatterns<List<String>> IDENTIFIERS = new CompiledPatterns<>(PlaceholderNameRule::identifier);
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|`[^`]*`");

    public PlaceholderNameRule() {
        super("code.placeholder-name", Severity.WARNING,
                "Where the rubric forbids placeholder names (\"no foo/bar\"), chapter code does not use them as identifiers.");
    }

    @Override
    public void check(Note note, NoteContext context, Findings out) {
        ChapterContext chapter = context.chapter();
        if (chapter == null || chapter.rubric().code().placeholderNames().isEmpty()) {
            return;
        }
        Pattern identifier = IDENTIFIERS.of(chapter.rubric().code().placeholderNames());
        List<String> names = chapter.rubric().code().placeholderNames();
        // blanking strings and cutting comments only removes matches, unless a name holds a space (which the
        // blanking adds): a block without any match then needs no line looked at
        boolean noSpaces = names.stream().noneMatch(n -> n.indexOf(' ') >= 0);
        for (Block.CodeBlock code : note.codeBlocks()) {
            String language = code.language().toLowerCase(Locale.ROOT);
            if (NOT_CODE.contains(language) || (noSpaces && !holds(code.literal(), names, identifier))) {
                continue;
            }
            String[] lines = code.literal().split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (noSpaces && !holds(lines[i], names, identifier)) {
                    continue; // the same test, line by line: only the lines that use a name are blanked
                }
                Matcher found = identifier.matcher(withoutStringsAndComments(lines[i], HASH_COMMENTS.contains(language)));
                if (found.find()) {
                    int line = code.line() + (code.fenced() ? 1 : 0) + i;
                    out.report(this, line, found.start() + 1, "code uses the placeholder name '" + found.group(1)
                            + "'; the rubric asks for names with intent");
                }
            }
        }
    }

    /** Any of the names as an identifier: not inside a longer word. */
    static Pattern identifier(List<String> names) {
        return Pattern.compile("(?<![A-Za-z0-9_])(" + String.join("|", names.stream().map(Pattern::quote).toList())
                + ")(?![A-Za-z0-9_])");
    }

    /**
     * Whether a name occurs as an identifier, as {@code identifier} finds it: each name looked for with indexOf and
     * its neighbours tested, instead of trying every name at every position of the code.
     */
    static boolean holds(String code, List<String> names, Pattern identifier) {
        for (String name : names) {
            if (name.isEmpty()) {
                return identifier.matcher(code).find(); // an empty name matches between any two non-word characters
            }
            for (int at = code.indexOf(name); at >= 0; at = code.indexOf(name, at + 1)) {
                int after = at + name.length();
                if ((at == 0 || !isWordChar(code.charAt(at - 1))) && (after == code.length() || !isWordChar(code.charAt(after)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }

    static String withoutStringsAndComments(String line, boolean hashComments) {
        String code = STRING.matcher(line).replaceAll(m -> " ".repeat(m.group().length()));
        int comment = code.indexOf("//");
        if (hashComments) {
            int hash = code.indexOf('#');
            comment = comment < 0 ? hash : (hash < 0 ? comment : Math.min(comment, hash));
        }
        return comment < 0 ? code : code.substring(0, comment);
    }
}

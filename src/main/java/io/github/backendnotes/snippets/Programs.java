package io.github.backendnotes.snippets;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.Note;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The whole programs among a note's code blocks: a {@code rust} (or {@code rs}) block with {@code fn main}, a
 * {@code go} (or {@code golang}) block with {@code package main} and {@code func main()}. A fragment is no program,
 * and a block tagged {@code ignore} (rustdoc's attribute: {@code ```rust,ignore}) is left out; one tagged
 * {@code no_run} is compiled but not run.
 */
public final class Programs {

    private static final Pattern RUST_MAIN = Pattern.compile("(?m)^\\s*(?:pub\\s+)?(?:async\\s+)?fn\\s+main\\s*\\(");
    private static final Pattern GO_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+main\\b");
    private static final Pattern GO_MAIN = Pattern.compile("(?m)^\\s*func\\s+main\\s*\\(\\s*\\)");
    private static final Set<String> RUST_TAGS = Set.of("rust", "rs");
    private static final Set<String> GO_TAGS = Set.of("go", "golang");

    private Programs() {
    }

    /** The note's programs, in the order of their blocks. */
    public static List<Program> in(Note note, String series, RubricFacts rubric) {
        return in(note.path(), blocks(note.codeBlocks()), series, rubric);
    }

    /** The programs of a note's program blocks ({@link #blocks}), in their order. */
    public static List<Program> in(String file, List<Block.CodeBlock> blocks, String series, RubricFacts rubric) {
        List<Program> programs = new ArrayList<>();
        for (Block.CodeBlock block : blocks) {
            List<String> tags = tags(block);
            Language language = language(tags);
            String code = block.literal();
            List<String> external = language == Language.RUST ? ExternalPaths.rustCrates(code) : ExternalPaths.goModules(code);
            programs.add(new Program(file, series, language, code, block.line(),
                    ExpectedOutput.of(code).orElse(null), external, tags.contains("no_run"), rubric));
        }
        return programs;
    }

    /** The code blocks that are whole programs, in their order. */
    public static List<Block.CodeBlock> blocks(List<Block.CodeBlock> codeBlocks) {
        List<Block.CodeBlock> programs = new ArrayList<>();
        for (Block.CodeBlock block : codeBlocks) {
            List<String> tags = tags(block);
            Language language = language(tags);
            if (language != null && !tags.contains("ignore") && isProgram(language, block.literal())) {
                programs.add(block);
            }
        }
        return programs;
    }

    private static List<String> tags(Block.CodeBlock block) {
        return List.of(block.language().toLowerCase(Locale.ROOT).split("[,\\s]+"));
    }

    private static Language language(List<String> tags) {
        return tags.isEmpty() ? null : RUST_TAGS.contains(tags.get(0)) ? Language.RUST
                : GO_TAGS.contains(tags.get(0)) ? Language.GO : null;
    }

    static boolean isProgram(Language language, String code) {
        return language == Language.RUST ? RUST_MAIN.matcher(code).find()
                : GO_PACKAGE.matcher(code).find() && GO_MAIN.matcher(code).find();
    }
}

package io.github.backendnotes.snippets;

import java.util.List;

/**
 * A chapter code block that is a whole program.
 *
 * @param file        the note, relative to the notes root
 * @param series      the note's series
 * @param language    the program's language
 * @param code        the block's text
 * @param fenceLine   the note's line of the block's opening fence
 * @param expected    its trailing output block, or null when it has none
 * @param external    the crates or modules it uses beyond the standard library, by name
 * @param compileOnly the block is tagged {@code no_run}: compiled, not run
 * @param rubric      what the chapter's rubric says of the language's edition and version
 */
public record Program(String file, String series, Language language, String code, int fenceLine,
                      ExpectedOutput expected, List<String> external, boolean compileOnly, RubricFacts rubric) {

    public Program {
        external = List.copyOf(external);
    }

    /** The note's line of the code's 0-based line {@code index}. */
    public int noteLine(int index) {
        return fenceLine + 1 + index;
    }
}

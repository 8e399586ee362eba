package io.github.backendnotes.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.config.ConfigParser;
import io.github.backendnotes.parse.DictionaryParser;
import io.github.backendnotes.parse.MatrixParser;
import io.github.backendnotes.parse.NoteParser;
import io.github.backendnotes.parse.ReadmeParser;
import io.github.backendnotes.parse.RubricParser;
import io.github.backendnotes.rules.RuleCatalog;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Fuzz targets over every parser that reads what authors write. The property: whatever the bytes, a parser returns
 * a model (problems included) and never throws. With the unit tests only the seeds in
 * {@code src/test/resources/io/github/backendnotes/fuzz/ParserFuzzTestInputs} run; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ParserFuzzTest {

    private static final NoteParser NOTES = new NoteParser();

    @FuzzTest(maxDuration = "60s")
    void noteParser(byte[] bytes) {
        assertNotNull(NOTES.parse("fuzz.md", bytes));
    }

    @FuzzTest(maxDuration = "60s")
    void rubricParser(byte[] bytes) {
        Note rubric = NOTES.parse("s/quality_rubric.md", bytes);
        assertNotNull(new RubricParser(RuleCatalog.clauseForms(), RuleCatalog.valueForms())
                .parse("s/quality_rubric.md", rubric));
    }

    @FuzzTest(maxDuration = "60s")
    void readmeAndMatrixParsers(byte[] bytes) {
        Note note = NOTES.parse("s/readme.md", bytes);
        assertNotNull(new ReadmeParser().parse("s/readme.md", note));
        assertNotNull(new MatrixParser().parse("s/coverage_matrix.md", note));
    }

    @FuzzTest(maxDuration = "60s")
    void dictionaryParser(byte[] bytes) {
        assertNotNull(new DictionaryParser().parse("Property Dictionary.md", NOTES.parse("Property Dictionary.md", bytes)));
    }

    @FuzzTest(maxDuration = "60s")
    void configParser(FuzzedDataProvider data) {
        assertNotNull(new ConfigParser(Set.of("links", "links.broken"), RuleCatalog.clauseForms()).parse(".backend-notes.yml",
                data.consumeRemainingAsString()));
    }
}

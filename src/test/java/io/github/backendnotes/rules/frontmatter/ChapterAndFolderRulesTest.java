package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.check.ChapterContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.github.backendnotes.TestVaults.chapter;
import static io.github.backendnotes.TestVaults.field;
import static io.github.backendnotes.TestVaults.note;
import static io.github.backendnotes.TestVaults.rubricOf;
import static io.github.backendnotes.TestVaults.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link ChapterNumberRule} and {@link CategoryFolderRule}. */
class ChapterAndFolderRulesTest {

    private static final ChapterContext NUMBERED = chapter(
            field("chapter", FieldType.STRING, "兩位數字串", new ValueConstraint.DigitString(2)));

    @Test
    void chapterNumberMatchesFileName() {
        assertEquals(List.of(), run(new ChapterNumberRule(), note("s/03_intro.md", "---\nchapter: \"03\"\n---\n"), NUMBERED));
        assertEquals(List.of(new Finding("frontmatter.chapter-number", Severity.ERROR, "s/03_intro.md", 2, 10,
                        "field 'chapter' is '04' but the file name starts with '03'", "s")),
                run(new ChapterNumberRule(), note("s/03_intro.md", "---\nchapter: \"04\"\n---\n"), NUMBERED));
    }

    @Test
    void chapterNumberNeedsNumberedFileAndDigitStringField() {
        assertEquals(List.of(), run(new ChapterNumberRule(), note("s/intro.md", "---\nchapter: \"04\"\n---\n"), NUMBERED));
        ChapterContext plainField = chapter(field("chapter", FieldType.STRING, ""));
        assertEquals(List.of(), run(new ChapterNumberRule(), note("s/03_intro.md", "---\nchapter: \"04\"\n---\n"), plainField));
    }

    private static ChapterContext inFolder(String folder, List<String> allowed) {
        return new ChapterContext("s", rubricOf(field("category", FieldType.STRING, "",
                new ValueConstraint.AllowedValues(allowed))), Set.of("network", "storage"), folder);
    }

    @Test
    void categoryMustBeTheFolderWhenValuesAreFolders() {
        List<String> folders = List.of("network", "storage");
        assertEquals(List.of(), run(new CategoryFolderRule(),
                note("s/network/01_a.md", "---\ncategory: network\n---\n"), inFolder("network", folders)));
        assertEquals(List.of(new Finding("frontmatter.category-folder", Severity.ERROR, "s/network/01_a.md", 2, 11,
                        "field 'category' is 'storage' but the chapter is in folder 'network'", "s")),
                run(new CategoryFolderRule(), note("s/network/01_a.md", "---\ncategory: storage\n---\n"),
                        inFolder("network", folders)));
    }

    @Test
    void categoryNotCheckedWhenValuesAreNotAllFolders() {
        assertEquals(List.of(), run(new CategoryFolderRule(), note("s/network/01_a.md", "---\ncategory: storage\n---\n"),
                inFolder("network", List.of("network", "storage", "misc"))));
    }

    @Test
    void categoryNotCheckedAtSeriesTopLevel() {
        assertEquals(List.of(), run(new CategoryFolderRule(), note("s/01_a.md", "---\ncategory: storage\n---\n"),
                inFolder("", List.of("network", "storage"))));
    }
}

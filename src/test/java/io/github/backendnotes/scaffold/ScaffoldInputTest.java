package io.github.backendnotes.scaffold;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static io.github.backendnotes.scaffold.GardenVault.TODAY;
import static io.github.backendnotes.scaffold.GardenVault.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A request the vault cannot take fails naming the value, and leaves every file as it was. */
class ScaffoldInputTest {

    @TempDir
    Path root;

    private Map<Path, byte[]> before;

    @BeforeEach
    void vault() throws IOException {
        GardenVault.write(root);
        before = snapshot();
    }

    private Map<Path, byte[]> snapshot() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            Map<Path, byte[]> contents = new java.util.TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(file, Files.readAllBytes(file));
            }
            return contents;
        }
    }

    private String refused(String series, String title, String category, String kind, String number,
                           String priority, Integer batch) throws IOException {
        ScaffoldException e = assertThrows(ScaffoldException.class, () -> create(root, new NewChapterRequest(series,
                title, null, category, kind, number, priority, batch, null, null, TODAY)));
        Map<Path, byte[]> after = snapshot();
        assertEquals(before.keySet(), after.keySet(), "no file written");
        before.forEach((file, bytes) -> assertEquals(new String(bytes), new String(after.get(file)), file.toString()));
        return e.getMessage();
    }

    @Test
    void anUnknownSeriesIsNamedWithTheKnownOnes() throws IOException {
        assertEquals("unknown series 'orchard'; the series are: garden",
                refused("orchard", "Pears", "beds", null, null, null, null));
    }

    @Test
    void aTakenNumberNamesTheChapterThatHasIt() throws IOException {
        assertEquals("chapter number 02 is taken by garden/beds/02_compost.md",
                refused("garden", "Pears", "beds", null, "2", null, null));
    }

    @Test
    void anUnknownKindPriorityOrCategoryIsNamedWithTheKnownOnes() throws IOException {
        assertEquals("unknown kind 'essay' in garden/quality_rubric.md; its kinds are: 'Lesson Chapter', 'Checklist Chapter'",
                refused("garden", "Pears", "beds", "essay", null, null, null));
        assertEquals("unknown priority 'urgent' in garden/readme.md; its groups are: Must-read (必讀), Optional (可跳讀)",
                refused("garden", "Pears", "beds", null, null, "urgent", null));
        assertEquals("unknown category 'orchard' for series 'garden'; its folders are: beds, tools",
                refused("garden", "Pears", "orchard", null, null, null, null));
        assertEquals("a category is required for series 'garden' (-Dcategory=…), one of: beds, tools",
                refused("garden", "Pears", null, null, null, null, null));
    }

    @Test
    void aBatchBeyondTheNextIsRefused() throws IOException {
        assertEquals("batch 5 is not in garden/readme.md: give one of its batches (1 to 2) or 3 for a new one",
                refused("garden", "Pears", "beds", null, null, null, 5));
    }

    @Test
    void aTitleWithoutLatinLettersNeedsASlugAndAFileOfTheNumberIsNotReplaced() throws IOException {
        assertEquals("the title '高床' has no Latin letters or digits to name the file: give the file name with"
                + " -Dslug=rate_limiting", refused("garden", "高床", "beds", null, null, null, null));
        io.github.backendnotes.TestVaults.write(root, "garden/beds/04_pears.md", "# Pears\n");
        before = snapshot();
        assertEquals("chapter number 04 is taken by garden/beds/04_pears.md",
                refused("garden", "Pears", "beds", null, "4", null, null));
    }

    @Test
    void aRubricWithoutItsReadmeIsNoSeriesAndTheMessageSaysSo() throws IOException {
        Files.delete(root.resolve("garden/readme.md"));
        before = snapshot();
        assertEquals("garden has a quality_rubric.md but no readme.md, so it is no series: write its README first",
                refused("garden", "Pears", "beds", null, null, null, null));
    }
}

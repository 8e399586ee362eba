package io.github.backendnotes.fix;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README documents the fix goal: its row in the goals table, its parameters, and a row per fixer. */
class FixDocumentationTest {

    @Test
    void readmeDocumentsTheGoalItsParametersAndEveryFix() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("\n| `fix` | "), "the goals table has a row for fix");
        String mojo = Files.readString(Path.of("src/main/java/io/github/backendnotes/mojo/FixMojo.java"));
        Matcher property = Pattern.compile("property = \"(backend-notes\\.[A-Za-z]+)\"").matcher(mojo);
        List<String> undocumented = new ArrayList<>();
        while (property.find()) {
            if (!readme.contains("| `" + property.group(1) + "` |")) {
                undocumented.add(property.group(1));
            }
        }
        assertEquals(List.of(), undocumented, "parameters of fix without a row in the parameters table");
        int section = readme.indexOf("## Fixing findings (`fix`)");
        assertTrue(section > 0, "the README has a section on fix");
        List<String> missing = new ArrayList<>();
        for (String ruleId : FixPlan.ruleIds()) {
            if (!readme.startsWith("| `" + ruleId + "` | ", readme.indexOf("| `" + ruleId + "` | ", section))) {
                missing.add(ruleId);
            }
        }
        assertEquals(List.of(), missing, "fixers without a row in the README's fix table");
    }
}

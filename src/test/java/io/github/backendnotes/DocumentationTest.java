package io.github.backendnotes;

import io.github.backendnotes.model.Rule;
import io.github.backendnotes.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's rule table lists every rule, with its default severity, and no rule that does not exist. */
class DocumentationTest {

    private static final Pattern RULE_ROW = Pattern.compile("^\\| `([a-z]+\\.[a-z0-9-]+)` \\| (error|warning|info) \\|",
            Pattern.MULTILINE);

    @Test
    void readmeRuleTableMatchesTheCatalog() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher row = RULE_ROW.matcher(readme);
        List<String> documented = new java.util.ArrayList<>();
        while (row.find()) {
            documented.add(row.group(1) + " " + row.group(2));
        }
        List<String> actual = RuleCatalog.all().stream()
                .map(rule -> rule.id() + " " + rule.defaultSeverity().label()).sorted().toList();
        assertEquals(actual, documented.stream().sorted().toList());
    }

    /** Each user property a goal reads is a row of the README's parameter table. */
    @Test
    void everyUserPropertyIsARowOfTheParameterTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Pattern declared = Pattern.compile("property = \"(backend-notes\\.(\\w+))\"");
        List<String> missing = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> mojos = Files.list(Path.of("src/main/java/io/github/backendnotes/mojo"))) {
            for (Path mojo : mojos.sorted().toList()) {
                Matcher property = declared.matcher(Files.readString(mojo));
                while (property.find()) {
                    String row = "| `" + property.group(2) + "` | `" + property.group(1) + "` |";
                    if (!readme.contains(row)) {
                        missing.add(mojo.getFileName() + ": " + property.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /**
     * The site-report integration test runs {@code mvn site} on a pom that holds the README's snippet line for line
     * (the plugin's own coordinates as the test's placeholders), so that the snippet as written is what is tested.
     */
    @Test
    void siteReportTestRunsTheReadmesSnippet() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("declare the plugin under `<reporting>`[\\s\\S]*?```xml\\n([\\s\\S]*?)```")
                .matcher(readme);
        assertEquals(true, block.find(), "the README's <reporting> snippet");
        String snippet = block.group(1).replace("<groupId>io.github.backendnotes</groupId>",
                        "<groupId>@project.groupId@</groupId>")
                .replace("<artifactId>backend-notes-maven-plugin</artifactId>\n      <version>0.1.0-SNAPSHOT</version>",
                        "<artifactId>@project.artifactId@</artifactId>\n      <version>@project.version@</version>");
        assertEquals(true, snippet.contains("<version>3.21.0</version>"), "the snippet pins the site plugin");
        assertEquals(true, Files.readString(Path.of("pom.xml")).contains("<version>0.1.0-SNAPSHOT</version>"),
                "the snippet names the project's version");
        List<String> pom = Files.readString(Path.of("src/it/site-report/pom.xml")).lines().map(String::strip).toList();
        int at = 0;
        for (String line : snippet.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            int found = pom.subList(at, pom.size()).indexOf(line);
            assertEquals(true, found >= 0, "src/it/site-report/pom.xml lacks, in order, the README's line " + line);
            at += found + 1;
        }
    }

    @Test
    void everyRuleHasADescription() {
        for (Rule rule : RuleCatalog.all()) {
            assertEquals(true, rule.description().endsWith("."), rule.id() + " description: " + rule.description());
        }
    }
}

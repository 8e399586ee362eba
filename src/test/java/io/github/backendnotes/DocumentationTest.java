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

    @Test
    void everyRuleHasADescription() {
        for (Rule rule : RuleCatalog.all()) {
            assertEquals(true, rule.description().endsWith("."), rule.id() + " description: " + rule.description());
        }
    }
}

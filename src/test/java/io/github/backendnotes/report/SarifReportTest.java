package io.github.backendnotes.report;

import io.github.backendnotes.files.ToolInfo;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.Rule;
import io.github.backendnotes.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.github.backendnotes.report.MiniJson.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReportTest {

    private static Object parse(RunResult result) {
        return MiniJson.parse(SarifReport.render(result));
    }

    @Test
    void hasSchemaVersionAndDriver() {
        Object sarif = parse(ReportFixtures.result());
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", at(sarif, "$schema"));
        assertEquals("2.1.0", at(sarif, "version"));
        assertEquals(1, ((List<?>) at(sarif, "runs")).size());
        assertEquals("backend-notes-maven-plugin", at(sarif, "runs.0.tool.driver.name"));
        assertEquals(ToolInfo.version(), at(sarif, "runs.0.tool.driver.version"));
        assertEquals("https://github.com/backendnotes/backend-notes-maven-plugin",
                at(sarif, "runs.0.tool.driver.informationUri"));
    }

    @Test
    void listsEveryRuleOfTheCatalogInOrder() {
        Object sarif = parse(ReportFixtures.empty());
        List<?> rules = (List<?>) at(sarif, "runs.0.tool.driver.rules");
        List<Rule> catalog = RuleCatalog.all();
        assertEquals(catalog.size(), rules.size());
        for (int i = 0; i < catalog.size(); i++) {
            Rule rule = catalog.get(i);
            assertEquals(rule.id(), at(rules, i + ".id"));
            assertEquals(rule.description(), at(rules, i + ".shortDescription.text"));
            assertEquals(SarifReport.level(rule.defaultSeverity()), at(rules, i + ".defaultConfiguration.level"));
            assertTrue(((String) at(rules, i + ".name")).matches("[A-Z][A-Za-z0-9]+"), rule.id());
        }
        assertEquals("FrontmatterFixedValue", SarifReport.name("frontmatter.fixed-value"));
        assertEquals(List.of(), at(sarif, "runs.0.results"));
    }

    @Test
    void oneResultPerFindingWithRuleLevelMessageLocationAndFingerprint() {
        Object sarif = parse(ReportFixtures.result());
        List<?> rules = (List<?>) at(sarif, "runs.0.tool.driver.rules");
        List<?> results = (List<?>) at(sarif, "runs.0.results");
        List<Finding> findings = ReportFixtures.result().findings();
        assertEquals(findings.size(), results.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            Object result = results.get(i);
            assertEquals(finding.ruleId(), at(result, "ruleId"));
            assertEquals(finding.ruleId(), at(rules.get(((Long) at(result, "ruleIndex")).intValue()), "id"));
            assertEquals(finding.message(), at(result, "message.text"));
            assertEquals("%SRCROOT%", at(result, "locations.0.physicalLocation.artifactLocation.uriBaseId"));
            assertEquals(Map.of("backendNotes/v1", finding.fingerprint()), at(result, "partialFingerprints"));
        }
        assertEquals("error", at(results, "0.level"));
        assertEquals("warning", at(results, "1.level"));
        assertEquals("note", at(results, "2.level"));
        assertEquals("error", at(results, "3.level"));

        assertEquals("backend/01_a.md", at(results, "0.locations.0.physicalLocation.artifactLocation.uri"));
        assertEquals(Map.of("startLine", 2L, "startColumn", 7L), at(results, "0.locations.0.physicalLocation.region"));
        assertEquals(Map.of("startLine", 9L), at(results, "1.locations.0.physicalLocation.region"));
        Map<?, ?> wholeFile = (Map<?, ?>) at(results, "2.locations.0.physicalLocation");
        assertFalse(wholeFile.containsKey("region"));
        assertEquals("loose%20note.md", at(wholeFile, "artifactLocation.uri"));
    }

    @Test
    void suppressedFindingsStayWithAnExternalSuppression() {
        List<?> results = (List<?>) at(parse(ReportFixtures.result()), "runs.0.results");
        assertEquals(List.of(Map.of("kind", "external")), at(results, "3.suppressions"));
        for (int i = 0; i < 3; i++) {
            assertFalse(((Map<?, ?>) results.get(i)).containsKey("suppressions"));
        }
    }

    @Test
    void keepsTrickyMessagesExactly() {
        Object sarif = parse(ReportFixtures.result());
        assertEquals(ReportFixtures.TRICKY, at(sarif, "runs.0.results.0.message.text"));
    }

    @Test
    void prefixesAndEncodesUris() {
        RunResult result = new RunResult(Path.of("n"), 1, List.of(), List.of(new Finding("links.orphan",
                Severity.INFO, "a b/ü:#?.md", 1, 0, "m", null)));
        Object sarif = MiniJson.parse(SarifReport.render(result, "docs/notes/"));
        assertEquals("docs/notes/a%20b/%C3%BC%3A%23%3F.md",
                at(sarif, "runs.0.results.0.locations.0.physicalLocation.artifactLocation.uri"));
    }

    @Test
    void relatedFilesBecomeRelatedLocationsNumberedFromOne() {
        Finding crossFile = new Finding("coverage.cross-reference-unlinked", Severity.WARNING, "g/coverage_matrix.md",
                12, 1, "'a b.md' and 'sub/c.md' do not link to each other", "g", false, List.of("g/a b.md", "g/sub/c.md"));
        Finding alone = new Finding("links.orphan", Severity.INFO, "g/d.md", 0, 0, "m", "g");
        Object sarif = MiniJson.parse(SarifReport.render(new RunResult(Path.of("n"), 3, List.of(),
                List.of(crossFile, alone)), "notes/"));
        assertEquals(List.of(
                Map.of("id", 1L, "physicalLocation", Map.of("artifactLocation",
                        Map.of("uri", "notes/g/a%20b.md", "uriBaseId", "%SRCROOT%"))),
                Map.of("id", 2L, "physicalLocation", Map.of("artifactLocation",
                        Map.of("uri", "notes/g/sub/c.md", "uriBaseId", "%SRCROOT%")))),
                at(sarif, "runs.0.results.0.relatedLocations"));
        assertFalse(((Map<?, ?>) at(sarif, "runs.0.results.1")).containsKey("relatedLocations"),
                "a finding about its file alone has none");
    }

    @Test
    void aRuleOutsideTheCatalogGetsADescriptor() {
        RunResult result = new RunResult(Path.of("n"), 1, List.of(), List.of(new Finding("config.not-a-rule",
                Severity.WARNING, "a.md", 1, 0, "m", null)));
        Object sarif = parse(result);
        List<?> rules = (List<?>) at(sarif, "runs.0.tool.driver.rules");
        assertEquals(RuleCatalog.all().size() + 1, rules.size());
        assertEquals((long) RuleCatalog.all().size(), at(sarif, "runs.0.results.0.ruleIndex"));
        assertEquals("config.not-a-rule", at(rules.get(rules.size() - 1), "id"));
        assertEquals("warning", at(rules.get(rules.size() - 1), "defaultConfiguration.level"));
        assertNull(((Map<?, ?>) at(sarif, "runs.0.results.0")).get("suppressions"));
    }
}

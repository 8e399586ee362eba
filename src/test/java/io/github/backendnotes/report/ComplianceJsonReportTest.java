package io.github.backendnotes.report;

import io.github.backendnotes.TestVaults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.github.backendnotes.TestVaults.request;
import static io.github.backendnotes.TestVaults.verify;
import static io.github.backendnotes.report.MiniJson.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** coverage.json for the engine's view of the shop vault, field by field. */
class ComplianceJsonReportTest {

    @TempDir
    Path root;

    private static Map<String, Object> tally(long total, long compliant) {
        return Map.of("total", total, "compliant", compliant);
    }

    private static List<Object> list(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void engineVaultFieldByField() throws IOException {
        ComplianceFixtures.shopVault(root);
        Object json = MiniJson.parse(ComplianceJsonReport.render(verify(request(root).withCompliance())));
        assertEquals("backend-notes-maven-plugin", at(json, "tool.name"));
        assertEquals(root.toString(), at(json, "notesDirectory"));
        assertEquals(1, ((List<?>) at(json, "series")).size());
        Object shop = at(json, "series.0");
        assertEquals("shop", at(shop, "name"));
        assertEquals("shop", at(shop, "dir"));
        assertEquals("shop/README.md", at(shop, "readme"));
        assertEquals(4L, at(shop, "total"));
        assertEquals(1L, at(shop, "compliant"));

        List<?> chapters = (List<?>) at(shop, "chapters");
        assertEquals(4, chapters.size());
        assertEquals(list("shop/01_cart.md", "shop/02_checkout.md", "shop/03_tax.md", "shop/04_refunds.md"),
                field(chapters, "file"));
        assertEquals(list("01", "02", "03", "04"), field(chapters, "chapter"));
        assertEquals(list("Cart", "Checkout", null, null), field(chapters, "title"));
        assertEquals(list("Teaching Chapter", "Troubleshooting Guide", "Troubleshooting Guide", null),
                field(chapters, "template"));
        assertEquals(list(1L, 1L, 2L, 2L), field(chapters, "batch"));
        assertEquals(list("必讀", "選讀", "必讀", "選讀"), field(chapters, "priority"));
        assertEquals(list(60L, 30L, null, 20L), field(chapters, "minutes"));
        assertEquals(list("Done", "Pending", "Planned", "Done"), field(chapters, "matrixStatus"));
        assertEquals(list("basics", "payments", null, null), field(chapters, "category"));
        assertEquals(list(0L, 1L, 1L, 0L), field(chapters, "errors"));
        assertEquals(list(0L, 0L, 0L, 0L), field(chapters, "warnings"));
        assertEquals(list(true, false, false, false), field(chapters, "compliant"));
        assertEquals(list(false, false, false, true), field(chapters, "missing"));

        assertEquals(Map.of("1", tally(2, 1), "2", tally(2, 0)), at(shop, "byBatch"));
        assertEquals(List.of("1", "2"), List.copyOf(((Map<?, ?>) at(shop, "byBatch")).keySet()));
        assertEquals(Map.of("必讀", tally(2, 1), "選讀", tally(2, 0)), at(shop, "byPriority"));
        assertEquals(List.of("必讀", "選讀"), List.copyOf(((Map<?, ?>) at(shop, "byPriority")).keySet()));
        assertEquals(Map.of("basics", tally(1, 1), "payments", tally(1, 0), "none", tally(2, 0)),
                at(shop, "byCategory"));
        assertEquals(List.of("basics", "none", "payments"), List.copyOf(((Map<?, ?>) at(shop, "byCategory")).keySet()));

        assertEquals(3L, at(shop, "rubricCoverage.enforced"));
        assertEquals(2L, at(shop, "rubricCoverage.notChecked"));
        assertEquals(List.of(
                Map.of("line", 21L, "text", "Writing Style: Explain trade-offs in plain words.", "reason", "not yet read"),
                Map.of("line", 22L, "text", "Writing Style: Prefer small examples & real numbers.", "reason", "judgement")),
                at(shop, "rubricCoverage.notCheckedLines"));
        assertEquals(List.of("line 8: row 'Refunds' is 'Done' but '04_refunds.md' does not exist"),
                at(shop, "matrixDisagreements"));
    }

    /** One field of every chapter object, nulls kept. */
    private static List<Object> field(List<?> chapters, String name) {
        List<Object> values = new ArrayList<>();
        chapters.forEach(chapter -> values.add(at(chapter, name)));
        return values;
    }
}

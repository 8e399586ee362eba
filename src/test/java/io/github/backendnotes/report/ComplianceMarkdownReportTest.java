package io.github.backendnotes.report;

import io.github.backendnotes.TestVaults;

import io.github.backendnotes.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.request;
import static io.github.backendnotes.TestVaults.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplianceMarkdownReportTest {

    private static final String HEADER = """
            | Chapter | Kind | Batch | Priority | Matrix status | Errors | Warnings | Compliant |
            |---|---|---:|---|---|---:|---:|---|
            """;

    @TempDir
    Path root;

    @Test
    void exactTextForTwoSeries() {
        assertEquals("""
                # Backend notes coverage

                ## shop

                1 of 3 chapters compliant; rubric lines: 4 enforced, 1 not machine-checked.

                """ + HEADER + """
                | `shop/01_cart.md` | Teaching Chapter | 1 | 必讀 | Done | 0 | 0 | yes |
                | `shop/02_checkout.md` | Troubleshooting Guide | 2 | 選讀 | Pending | 1 | 1 | no |
                | `shop/04_refunds.md` | - | 2 | 選讀 | Done | 0 | 0 | missing |

                ### Matrix rows the files contradict

                - line 8: row 'Refunds' is 'Done' but '04\\_refunds.md' does not exist

                ## ops

                1 of 3 chapters compliant; rubric lines: 0 enforced, 0 not machine-checked.

                """ + HEADER + """
                | chapter 07 | - | - | - | - | 0 | 0 | missing |
                | `ops/01_a\\|b.md` | chapter | - | - | - | 0 | 2 | yes |
                | `ops/02_c.md` | chapter | - | - | - | 0 | 0 | yes |
                """, ComplianceMarkdownReport.render(ComplianceFixtures.handMade()));
    }

    @Test
    void noSeries() {
        assertEquals("# Backend notes coverage\n\nNo series.\n",
                ComplianceMarkdownReport.render(ReportFixtures.empty()));
    }

    @Test
    void cellsStayOnOneLineAndEscapeMarkup() {
        assertEquals("``a`b\\|c``", ComplianceMarkdownReport.codeCell("a`b|c"));
        assertEquals("`` `x` ``", ComplianceMarkdownReport.codeCell("`x`"));
        assertEquals("`a b\uFFFD`", ComplianceMarkdownReport.codeCell("a\nb\u0001"));
    }

    @Test
    void engineVaultWithAMissingChapterAndAMatrixDisagreement() throws IOException {
        ComplianceFixtures.shopVault(root);
        RunResult result = verify(request(root).withCompliance());
        String md = ComplianceMarkdownReport.render(result);
        assertTrue(md.contains("## shop\n\n1 of 4 chapters compliant; rubric lines: 3 enforced, 2 not machine-checked.\n\n"
                + HEADER
                + "| `shop/01_cart.md` | Teaching Chapter | 1 | 必讀 | Done | 0 | 0 | yes |\n"
                + "| `shop/02_checkout.md` | Troubleshooting Guide | 1 | 選讀 | Pending | 1 | 0 | no |\n"
                + "| `shop/03_tax.md` | Troubleshooting Guide | 2 | 必讀 | Planned | 1 | 0 | no |\n"
                + "| `shop/04_refunds.md` | - | 2 | 選讀 | Done | 0 | 0 | missing |\n"
                + "\n### Matrix rows the files contradict\n\n"
                + "- line 8: row 'Refunds' is 'Done' but '04\\_refunds.md' does not exist\n"), md);
        assertTrue(md.endsWith("does not exist\n"), md);

        Path written = ComplianceMarkdownReport.write(result, root.resolve("target/coverage"));
        assertEquals(root.resolve("target/coverage/coverage.md"), written);
        assertEquals(md, Files.readString(written, StandardCharsets.UTF_8));
        assertFalse(Files.list(written.getParent()).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        assertEquals(List.of("coverage.md"), Files.list(written.getParent()).map(p -> p.getFileName().toString()).toList());
    }
}

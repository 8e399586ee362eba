package io.github.backendnotes.report;

import io.github.backendnotes.files.TextOut;
import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code TEST-backend-notes.xml}: JUnit XML for CI test views. One test case per file with findings, the files
 * ordered by their most severe finding (then by path), the findings within in {@link Reports#ORDER}; it fails with
 * one {@code <failure>} per unsuppressed error, lists warnings, infos and suppressed findings in
 * {@code <system-out>}, and is skipped when every finding of the file is suppressed. One more test case stands for
 * the files without findings. The suite's {@code failures} and {@code skipped} count test cases, as JUnit does.
 */
public final class JunitReport {

    public static final String SUITE = "backend-notes";

    private JunitReport() {
    }

    public static Path write(RunResult result, Path outputDirectory) throws IOException {
        return ReportFormat.JUNIT.writeText(outputDirectory, out -> render(result, out));
    }

    public static String render(RunResult result) {
        return TextOut.text(out -> render(result, out));
    }

    /** Writes the report to {@code out}. */
    public static void render(RunResult result, TextOut out) {
        // files with an error first, then those whose worst finding is a warning, then infos
        Map<String, List<Finding>> byFile = Reports.byFile(Reports.ordered(result.findings()));
        int clean = Math.max(0, result.files() - byFile.size());
        long failed = byFile.values().stream().filter(findings -> findings.stream().anyMatch(JunitReport::fails))
                .count();
        long skipped = byFile.values().stream().filter(JunitReport::allSuppressed).count();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"").append(SUITE)
                .append("\" tests=\"").append(byFile.size() + 1).append("\" failures=\"").append(failed)
                .append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n");
        byFile.forEach((file, findings) -> testCase(out, file, findings));
        out.append("  <testcase classname=\"").append(SUITE).append("\" name=\"(files without findings: ")
                .append(clean).append(")\"/>\n");
        out.append("</testsuite>\n");
    }

    private static void testCase(TextOut out, String file, List<Finding> findings) {
        List<Finding> errors = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Finding finding : findings) {
            if (fails(finding)) {
                errors.add(finding);
            } else {
                lines.add(finding.toConsoleLine());
            }
        }
        out.append("  <testcase classname=\"").append(SUITE).append("\" name=\"").append(Markup.escape(file))
                .append("\">\n");
        for (Finding error : errors) {
            out.append("    <failure message=\"").append(Markup.escape(error.message()))
                    .append("\" type=\"").append(Markup.escape(error.ruleId())).append("\">")
                    .append(Markup.escape(error.toConsoleLine())).append("</failure>\n");
        }
        if (allSuppressed(findings)) {
            out.append("    <skipped message=\"").append(findings.size())
                    .append(" suppressed finding").append(findings.size() == 1 ? "" : "s").append("\"/>\n");
        }
        if (!lines.isEmpty()) {
            out.append("    <system-out>");
            lines.forEach(line -> out.append(Markup.escape(line)).append('\n'));
            out.append("</system-out>\n");
        }
        out.append("  </testcase>\n");
    }

    private static boolean fails(Finding finding) {
        return !finding.suppressed() && finding.severity() == Severity.ERROR;
    }

    private static boolean allSuppressed(List<Finding> findings) {
        return findings.stream().allMatch(Finding::suppressed);
    }
}

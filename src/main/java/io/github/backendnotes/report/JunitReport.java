package io.github.backendnotes.report;

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
        return ReportFormat.JUNIT.writeText(outputDirectory, render(result));
    }

    public static String render(RunResult result) {
        // files with an error first, then those whose worst finding is a warning, then infos
        Map<String, List<Finding>> byFile = Reports.byFile(Reports.ordered(result.findings()));
        int clean = Math.max(0, result.files() - byFile.size());
        int failed = 0;
        int skipped = 0;
        StringBuilder cases = new StringBuilder();
        for (Map.Entry<String, List<Finding>> entry : byFile.entrySet()) {
            List<Finding> findings = entry.getValue();
            List<Finding> errors = new ArrayList<>();
            List<String> out = new ArrayList<>();
            for (Finding finding : findings) {
                if (!finding.suppressed() && finding.severity() == Severity.ERROR) {
                    errors.add(finding);
                } else {
                    out.add(finding.toConsoleLine());
                }
            }
            boolean allSuppressed = findings.stream().allMatch(Finding::suppressed);
            failed += errors.isEmpty() ? 0 : 1;
            skipped += allSuppressed ? 1 : 0;
            cases.append("  <testcase classname=\"").append(SUITE).append("\" name=\"")
                    .append(Markup.escape(entry.getKey())).append("\">\n");
            for (Finding error : errors) {
                cases.append("    <failure message=\"").append(Markup.escape(error.message()))
                        .append("\" type=\"").append(Markup.escape(error.ruleId())).append("\">")
                        .append(Markup.escape(error.toConsoleLine())).append("</failure>\n");
            }
            if (allSuppressed) {
                cases.append("    <skipped message=\"").append(findings.size())
                        .append(" suppressed finding").append(findings.size() == 1 ? "" : "s").append("\"/>\n");
            }
            if (!out.isEmpty()) {
                cases.append("    <system-out>");
                out.forEach(line -> cases.append(Markup.escape(line)).append('\n'));
                cases.append("</system-out>\n");
            }
            cases.append("  </testcase>\n");
        }
        cases.append("  <testcase classname=\"").append(SUITE).append("\" name=\"(files without findings: ")
                .append(clean).append(")\"/>\n");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite name=\"" + SUITE + "\" tests=\"" + (byFile.size() + 1) + "\" failures=\"" + failed
                + "\" errors=\"0\" skipped=\"" + skipped + "\">\n"
                + cases
                + "</testsuite>\n";
    }
}

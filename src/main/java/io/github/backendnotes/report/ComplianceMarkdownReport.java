package io.github.backendnotes.report;

import io.github.backendnotes.files.AtomicFiles;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.SeriesCompliance;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code coverage/coverage.md}: per series, how many chapters meet their rubric, how much of the rubric the tool
 * checks, a table of the chapters (kind, batch, priority, matrix status, errors, warnings, compliant) and the matrix
 * rows the files contradict.
 */
public final class ComplianceMarkdownReport {

    public static final String FILE_NAME = "coverage.md";

    /** An unknown value in a table cell. */
    static final String NONE = "-";

    private ComplianceMarkdownReport() {
    }

    public static Path write(RunResult result, Path coverageDirectory) throws IOException {
        Path target = coverageDirectory.resolve(FILE_NAME);
        AtomicFiles.writeString(target, render(result));
        return target;
    }

    public static String render(RunResult result) {
        StringBuilder md = new StringBuilder("# Backend notes coverage\n");
        if (result.compliance().isEmpty()) {
            return md.append("\nNo series.\n").toString();
        }
        for (SeriesCompliance series : result.compliance()) {
            md.append("\n## ").append(MarkdownReport.escape(HtmlReport.seriesLabel(series.name()))).append("\n\n");
            md.append(series.compliant()).append(" of ").append(series.total()).append(" chapters compliant; rubric lines: ")
                    .append(series.enforced()).append(" enforced, ").append(series.notChecked().size())
                    .append(" not machine-checked.\n");
            if (!series.chapters().isEmpty()) {
                md.append("\n| Chapter | Kind | Batch | Priority | Matrix status | Errors | Warnings | Compliant |\n")
                        .append("|---|---|---:|---|---|---:|---:|---|\n");
                for (SeriesCompliance.Chapter chapter : series.chapters()) {
                    md.append("| ").append(chapter.file() == null ? cell(chapterName(chapter)) : codeCell(chapter.file()))
                            .append(" | ").append(cell(chapter.template()))
                            .append(" | ").append(cell(chapter.batch() == null ? null : chapter.batch().toString()))
                            .append(" | ").append(cell(chapter.priority()))
                            .append(" | ").append(cell(chapter.matrixStatus()))
                            .append(" | ").append(chapter.errors())
                            .append(" | ").append(chapter.warnings())
                            .append(" | ").append(compliance(chapter)).append(" |\n");
                }
            }
            if (!series.matrixDisagreements().isEmpty()) {
                md.append("\n### Matrix rows the files contradict\n\n");
                series.matrixDisagreements().forEach(row -> md.append("- ").append(MarkdownReport.escape(row)).append('\n'));
            }
        }
        return md.toString();
    }

    /** The chapter's file, or for a chapter only an id names, {@code chapter NN}. */
    static String chapterName(SeriesCompliance.Chapter chapter) {
        return chapter.file() != null ? chapter.file() : "chapter " + chapter.chapter();
    }

    /** {@code yes}, {@code no}, or {@code missing} for a chapter that does not exist. */
    static String compliance(SeriesCompliance.Chapter chapter) {
        return chapter.missing() ? "missing" : chapter.compliant() ? "yes" : "no";
    }

    /**
     * A code span safe in a table cell: delimited by a backtick run longer than any inside, padded when the text
     * starts or ends with a backtick, on one line, pipes escaped.
     */
    static String codeCell(String text) {
        String line = text.replace("\r\n", " ").replaceAll("[\r\n\t]", " ").replaceAll("[\\x00-\\x1F]", "\uFFFD");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = line.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
        return (fence + pad + line + pad + fence).replace("|", "\\|");
    }

    /** Text safe in a table cell: one line, escaped, pipes too (inside code spans as well, as GFM requires). */
    private static String cell(String text) {
        return text == null || text.isEmpty() ? NONE : MarkdownReport.escape(text).replace("|", "\\|");
    }
}

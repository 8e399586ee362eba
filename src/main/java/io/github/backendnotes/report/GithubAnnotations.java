package io.github.backendnotes.report;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands, one per unsuppressed finding:
 * {@code ::error file=<path>,line=<n>,col=<c>,title=<ruleId>::<message>} ({@code ::warning}, {@code ::notice} for
 * infos). Printed to standard output in a workflow step, they annotate the pull request's diff.
 */
public final class GithubAnnotations {

    private GithubAnnotations() {
    }

    /** Paths as in the findings, relative to the notes directory. */
    public static List<String> lines(RunResult result) {
        return lines(result, "");
    }

    /**
     * @param pathPrefix prepended to every path so that it is relative to the repository root, for instance
     *                   {@code docs/notes}; empty or {@code null} for none
     */
    public static List<String> lines(RunResult result, String pathPrefix) {
        List<String> lines = new ArrayList<>();
        // errors first: GitHub shows only the first few annotations of each kind per step
        for (Finding finding : Reports.ordered(result.findings())) {
            if (finding.suppressed()) {
                continue;
            }
            StringBuilder line = new StringBuilder("::").append(command(finding)).append(" file=")
                    .append(property(Reports.prefixed(pathPrefix, finding.file())));
            if (finding.line() > 0) {
                line.append(",line=").append(finding.line());
                if (finding.column() > 0) {
                    line.append(",col=").append(finding.column());
                }
            }
            line.append(",title=").append(property(finding.ruleId()))
                    .append("::").append(data(finding.message()));
            lines.add(line.toString());
        }
        return lines;
    }

    private static String command(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The escaping of a command's message: {@code %}, CR and LF. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping of a property value: as {@link #data} plus {@code :} and {@code ,}. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}

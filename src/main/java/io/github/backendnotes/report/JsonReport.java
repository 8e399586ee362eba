package io.github.backendnotes.report;

import io.github.backendnotes.baseline.Baseline;
import io.github.backendnotes.files.Json;
import io.github.backendnotes.files.TextOut;
import io.github.backendnotes.files.ToolInfo;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code report.json}: the machine-readable contract every other format is derived from. */
public final class JsonReport {

    public static final String FILE_NAME = "report.json";

    private JsonReport() {
    }

    public static Path write(RunResult result, Path outputDirectory) throws IOException {
        return ReportFormat.JSON.writeText(outputDirectory, out -> render(result, out));
    }

    public static String render(RunResult result) {
        return TextOut.text(out -> render(result, out));
    }

    /** Writes the report to {@code out}, its findings in the order given. */
    public static void render(RunResult result, TextOut out) {
        Json json = new Json(out).beginObject();
        json.name("tool").beginObject()
                .field("name", ToolInfo.NAME)
                .field("version", ToolInfo.version())
                .endObject();
        json.field("notesDirectory", result.notesDirectory().toString());
        if (result.linkMode() != null) {
            json.name("links").beginObject()
                    .field("resolution", result.linkMode().resolution().id())
                    .field("reason", result.linkMode().reason())
                    .endObject();
        }
        summary(json, result);
        if (result.dictionary() != null) {
            json.name("dictionary").beginObject().field("file", result.dictionary().file());
            lines(json, "enforced", result.dictionary().enforced());
            unchecked(json, result.dictionary().notChecked());
            json.endObject();
        }
        if (result.baseline() != null) {
            baseline(json, result.baseline());
        }
        rubrics(json, result.series());
        json.name("findings").beginArray();
        result.findings().forEach(finding -> finding(json, finding));
        json.endArray();
        json.endObject().end();
    }

    private static void summary(Json json, RunResult result) {
        json.name("summary").beginObject()
                .field("files", result.files())
                .field("chapters", result.chapters())
                .field("errors", result.count(Severity.ERROR))
                .field("warnings", result.count(Severity.WARNING))
                .field("infos", result.count(Severity.INFO))
                .field("suppressed", result.suppressed())
                .field("skipped", result.skipped());
        if (result.indexCoverage() != null) {
            json.name("indexCoverage").beginObject()
                    .field("index", result.indexCoverage().index())
                    .field("indexed", result.indexCoverage().indexed())
                    .field("total", result.indexCoverage().total())
                    .name("percent").rawNumber(result.indexCoverage().percent())
                    .endObject();
        }
        json.endObject();
    }

    private static void baseline(Json json, RunResult.BaselineUse baseline) {
        json.name("baseline").beginObject().field("file", baseline.file());
        json.name("fixed").beginArray();
        for (Baseline.Entry entry : baseline.fixed()) {
            json.beginObject().field("ruleId", entry.ruleId()).field("file", entry.file())
                    .field("message", entry.message()).endObject();
        }
        json.endArray().endObject();
    }

    private static void rubrics(Json json, List<Series> series) {
        json.name("rubrics").beginArray();
        for (Series one : series) {
            Rubric rubric = one.rubric();
            json.beginObject()
                    .field("series", one.name())
                    .field("file", rubric.file());
            lines(json, "enforced", rubric.enforced());
            unchecked(json, rubric.notChecked());
            json.endObject();
        }
        json.endArray();
    }

    private static void finding(Json json, Finding finding) {
        json.beginObject()
                .field("ruleId", finding.ruleId())
                .field("severity", finding.severity().label())
                .field("file", finding.file())
                .field("line", finding.line())
                .field("column", finding.column())
                .field("message", finding.message())
                .field("series", finding.series())
                .field("suppressed", finding.suppressed())
                .field("fingerprint", finding.fingerprint());
        json.name("related").beginArray();
        finding.related().forEach(json::value);
        json.endArray().endObject();
    }

    /** Each line not machine-checked as {line, text, reason}: the reason is one of a fixed set (see the README). */
    static void unchecked(Json json, List<Rubric.RubricLine> lines) {
        json.name("notChecked").beginArray();
        for (Rubric.RubricLine line : lines) {
            json.beginObject().field("line", line.line()).field("text", line.text())
                    .field("reason", line.reason() == null ? Rubric.Reason.NOT_YET_READ.label() : line.reason().label())
                    .endObject();
        }
        json.endArray();
    }

    private static void lines(Json json, String name, List<Rubric.RubricLine> lines) {
        json.name(name).beginArray();
        for (Rubric.RubricLine line : lines) {
            json.value(line.toString());
        }
        json.endArray();
    }
}

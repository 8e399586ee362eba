package io.github.backendnotes.report;

import io.github.backendnotes.files.AtomicFiles;
import io.github.backendnotes.files.Json;
import io.github.backendnotes.files.ToolInfo;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.SeriesCompliance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** {@code coverage/coverage.json}: per series, which chapters meet their rubric. */
public final class ComplianceJsonReport {

    public static final String FILE_NAME = "coverage.json";

    private ComplianceJsonReport() {
    }

    public static Path write(RunResult result, Path coverageDirectory) throws IOException {
        Path target = coverageDirectory.resolve(FILE_NAME);
        AtomicFiles.writeString(target, render(result));
        return target;
    }

    public static String render(RunResult result) {
        Json json = new Json().beginObject();
        json.name("tool").beginObject().field("name", ToolInfo.NAME).field("version", ToolInfo.version()).endObject();
        json.field("notesDirectory", result.notesDirectory().toString());
        json.name("series").beginArray();
        for (SeriesCompliance series : result.compliance()) {
            json.beginObject()
                    .field("name", series.name())
                    .field("dir", series.dir())
                    .field("readme", series.readme())
                    .field("total", series.total())
                    .field("compliant", series.compliant());
            json.name("chapters").beginArray();
            for (SeriesCompliance.Chapter chapter : series.chapters()) {
                json.beginObject()
                        .field("file", chapter.file())
                        .field("chapter", chapter.chapter())
                        .field("title", chapter.title())
                        .field("template", chapter.template());
                nullableNumber(json, "batch", chapter.batch());
                json.field("priority", chapter.priority());
                nullableNumber(json, "minutes", chapter.minutes());
                json.field("matrixStatus", chapter.matrixStatus())
                        .field("category", chapter.category())
                        .field("errors", chapter.errors())
                        .field("warnings", chapter.warnings())
                        .field("compliant", chapter.compliant())
                        .field("missing", chapter.missing())
                        .endObject();
            }
            json.endArray();
            tallies(json, "byBatch", series.byBatch());
            tallies(json, "byPriority", series.byPriority());
            tallies(json, "byCategory", series.byCategory());
            json.name("rubricCoverage").beginObject()
                    .field("enforced", series.enforced())
                    .field("notChecked", series.notChecked().size());
            json.name("notCheckedLines").beginArray();
            for (Rubric.RubricLine line : series.notChecked()) {
                json.beginObject().field("line", line.line()).field("text", line.text()).field("reason",
                        line.reason() == null ? Rubric.Reason.NOT_YET_READ.label() : line.reason().label()).endObject();
            }
            json.endArray().endObject();
            json.name("matrixDisagreements").beginArray();
            series.matrixDisagreements().forEach(json::value);
            json.endArray();
            json.endObject();
        }
        json.endArray();
        return json.endObject().document();
    }

    private static void nullableNumber(Json json, String name, Integer value) {
        if (value == null) {
            json.field(name, (String) null);
        } else {
            json.field(name, value);
        }
    }

    private static void tallies(Json json, String name, Map<String, SeriesCompliance.Tally> tallies) {
        json.name(name).beginObject();
        tallies.forEach((key, tally) -> json.name(key).beginObject()
                .field("total", tally.total()).field("compliant", tally.compliant()).endObject());
        json.endObject();
    }
}

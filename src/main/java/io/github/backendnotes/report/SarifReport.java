package io.github.backendnotes.report;

import io.github.backendnotes.files.Json;
import io.github.backendnotes.files.TextOut;
import io.github.backendnotes.files.ToolInfo;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.Rule;
import io.github.backendnotes.rules.RuleCatalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code report.sarif}: SARIF 2.1.0 with one run, every rule of the catalog as a reporting descriptor and one result
 * per finding, suppressed ones carrying an external suppression. Uploadable to GitHub code scanning as is.
 */
public final class SarifReport {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String INFORMATION_URI = "https://github.com/backendnotes/backend-notes-maven-plugin";
    /** The key of the finding's fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "backendNotes/v1";

    private SarifReport() {
    }

    public static Path write(RunResult result, Path outputDirectory) throws IOException {
        return ReportFormat.SARIF.writeText(outputDirectory, out -> render(result, "", out));
    }

    public static String render(RunResult result) {
        return render(result, "");
    }

    /** The report as text; see {@link #render(RunResult, String, TextOut)}. */
    public static String render(RunResult result, String pathPrefix) {
        return TextOut.text(out -> render(result, pathPrefix, out));
    }

    /**
     * Writes the report to {@code out}, its results in the order of the findings given.
     *
     * @param pathPrefix prepended to every finding's file (for instance the notes directory relative to the
     *                   repository root, which code scanning resolves {@code %SRCROOT%} against); empty for none
     */
    public static void render(RunResult result, String pathPrefix, TextOut out) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        Json json = new Json(out).beginObject()
                .field("$schema", SCHEMA)
                .field("version", "2.1.0");
        json.name("runs").beginArray().beginObject();
        json.name("tool").beginObject().name("driver").beginObject()
                .field("name", ToolInfo.NAME)
                .field("version", ToolInfo.version())
                .field("informationUri", INFORMATION_URI);
        json.name("rules").beginArray();
        for (Rule rule : RuleCatalog.all()) {
            if (ruleIndex.putIfAbsent(rule.id(), ruleIndex.size()) == null) {
                rule(json, rule.id(), rule.description(), rule.defaultSeverity());
            }
        }
        // A finding under an id the catalog does not list still needs a descriptor for its ruleIndex.
        for (Finding finding : result.findings()) {
            if (ruleIndex.putIfAbsent(finding.ruleId(), ruleIndex.size()) == null) {
                rule(json, finding.ruleId(), finding.ruleId(), finding.severity());
            }
        }
        json.endArray().endObject().endObject();
        json.name("results").beginArray();
        for (Finding finding : result.findings()) {
            result(json, finding, ruleIndex.get(finding.ruleId()), pathPrefix);
        }
        json.endArray();
        json.endObject().endArray().endObject().end();
    }

    /** SARIF's level for a severity: {@code error}, {@code warning}, or {@code note} for info. */
    public static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static void rule(Json json, String id, String description, Severity severity) {
        json.beginObject()
                .field("id", id)
                .field("name", name(id));
        json.name("shortDescription").beginObject().field("text", description).endObject();
        json.name("defaultConfiguration").beginObject().field("level", level(severity)).endObject();
        json.endObject();
    }

    private static void result(Json json, Finding finding, int index, String pathPrefix) {
        json.beginObject()
                .field("ruleId", finding.ruleId())
                .field("ruleIndex", index)
                .field("level", level(finding.severity()));
        json.name("message").beginObject().field("text", finding.message()).endObject();
        json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
        json.name("artifactLocation").beginObject()
                .field("uri", uri(Reports.prefixed(pathPrefix, finding.file())))
                .field("uriBaseId", "%SRCROOT%")
                .endObject();
        if (finding.line() > 0) {
            json.name("region").beginObject().field("startLine", finding.line());
            if (finding.column() > 0) {
                json.field("startColumn", finding.column());
            }
            json.endObject();
        }
        json.endObject().endObject().endArray();
        if (!finding.related().isEmpty()) {
            // SARIF's related locations: the other files a cross-file finding concerns
            json.name("relatedLocations").beginArray();
            for (int i = 0; i < finding.related().size(); i++) {
                json.beginObject().field("id", i + 1).name("physicalLocation").beginObject();
                json.name("artifactLocation").beginObject()
                        .field("uri", uri(Reports.prefixed(pathPrefix, finding.related().get(i))))
                        .field("uriBaseId", "%SRCROOT%")
                        .endObject();
                json.endObject().endObject();
            }
            json.endArray();
        }
        json.name("partialFingerprints").beginObject().field(FINGERPRINT_KEY, finding.fingerprint()).endObject();
        if (finding.suppressed()) {
            json.name("suppressions").beginArray().beginObject().field("kind", "external").endObject().endArray();
        }
        json.endObject();
    }

    /** {@code frontmatter.fixed-value} becomes {@code FrontmatterFixedValue}. */
    static String name(String id) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return out.toString();
    }

    /** A relative URI reference for a path: {@code /} kept, everything outside RFC 3986 pchar percent-encoded. */
    static String uri(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=@/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}

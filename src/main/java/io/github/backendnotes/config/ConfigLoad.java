package io.github.backendnotes.config;

import io.github.backendnotes.files.PlainFiles;

import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.model.Rule;
import io.github.backendnotes.check.SeverityPolicy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The configuration of a run, read and validated before any note. */
public record ConfigLoad(NotesConfig config) {

    /**
     * @param knownRuleNames every rule id and every category: what the configuration may name
     * @param clauseForms    the section minimums a configured kind may state, in the order they are tried
     */
    public static ConfigLoad load(RunRequest request, Set<String> knownRuleNames, List<ClauseForm> clauseForms,
                                  List<Finding> findings, SeverityPolicy policy) {
        RunRequest.FileChoice choice = request.choose(request.config(), RunRequest.DEFAULT_CONFIG);
        if (!PlainFiles.isPlainFile(request.notesDirectory().toAbsolutePath().normalize(), choice.path())) {
            if (choice.named()) {
                report(findings, policy, choice.reported(), ConfigRules.CONFIG_MISSING, 0, 0,
                        "the configuration file '" + request.config() + "' does not exist");
            }
            return new ConfigLoad(NotesConfig.EMPTY);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(choice.path()))).toString();
        } catch (CharacterCodingException e) {
            report(findings, policy, choice.reported(), ConfigRules.SYNTAX, 1, 1, "the configuration file is not UTF-8");
            return new ConfigLoad(NotesConfig.EMPTY);
        } catch (IOException e) {
            report(findings, policy, choice.reported(), ConfigRules.SYNTAX, 0, 0, "the configuration file cannot be read: "
                    + e.getClass().getSimpleName());
            return new ConfigLoad(NotesConfig.EMPTY);
        }
        ConfigParser.Result result = new ConfigParser(knownRuleNames, clauseForms).parse(choice.reported(), text);
        for (ConfigParser.Problem problem : result.problems()) {
            report(findings, policy, choice.reported(), problem.rule(), problem.line(),
                    problem.column(), problem.message());
        }
        return new ConfigLoad(result.config());
    }

    private static void report(List<Finding> findings, SeverityPolicy policy, String file, Rule rule, int line,
                               int column, String message) {
        Findings sink = new Findings(file, null, policy);
        sink.report(rule, line, column, message);
        findings.addAll(sink.findings());
    }

    /** The series with the configuration's additions to their rubrics, by series name or folder. */
    public List<Series> extend(List<Series> series) {
        if (config.series().isEmpty() && config.vocabulary().isEmpty()) {
            return series;
        }
        List<Series> extended = new ArrayList<>();
        for (Series one : series) {
            NotesConfig.SeriesAdditions additions = config.series().getOrDefault(one.dir(), config.series().get(one.name()));
            if (additions == null && config.vocabulary().isEmpty()) {
                extended.add(one);
                continue;
            }
            Rubric rubric = additions == null ? one.rubric()
                    : one.rubric().withAdditions(additions.fields(), additions.kinds(), config.file());
            rubric = rubric.withVocabulary(config.vocabulary());
            extended.add(new Series(one.name(), one.dir(), one.readme(), rubric, one.chapters(), one.numbered(),
                    one.folders(), one.matrix()));
        }
        return extended;
    }
}

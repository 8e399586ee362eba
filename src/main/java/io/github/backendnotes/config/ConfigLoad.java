package io.github.backendnotes.config;

import io.github.backendnotes.files.PlainFiles;

import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.UnusableInput;
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
     * Problems inside the file are findings, reported with the rest so that all of them are seen at once; a file the
     * build names that is missing, or one that cannot be read at all, stops the run instead.
     *
     * @param knownRuleNames every rule id and every category: what the configuration may name
     * @param clauseForms    the section minimums a configured kind may state, in the order they are tried
     * @throws UnusableInput when the configuration named is not a readable file, or the one present cannot be read
     */
    public static ConfigLoad load(RunRequest request, Set<String> knownRuleNames, List<ClauseForm> clauseForms,
                                  List<Finding> findings, SeverityPolicy policy) throws UnusableInput {
        RunRequest.FileChoice choice = request.choose(request.config(), RunRequest.DEFAULT_CONFIG);
        if (!PlainFiles.isPlainFile(request.notesDirectory().toAbsolutePath().normalize(), choice.path())) {
            if (choice.named()) {
                throw new UnusableInput("the configuration file " + choice.path() + " (backend-notes.config) "
                        + UnusableInput.notAFile(choice.path()));
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
            throw new UnusableInput("the configuration file " + choice.path() + " cannot be read: "
                    + e.getClass().getSimpleName());
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

    /**
     * A {@code config.invalid-value} finding for each series the configuration names that the walk did not find,
     * by name or folder, with the nearest one's name: additions for a mistyped series would silently apply to none.
     */
    public List<Finding> unknownSeries(List<Series> series, SeverityPolicy policy) {
        Set<String> known = new java.util.TreeSet<>();
        series.stream().flatMap(one -> java.util.stream.Stream.of(one.name(), one.dir())).filter(n -> !n.isEmpty())
                .forEach(known::add);
        List<Finding> findings = new ArrayList<>();
        config.series().forEach((name, additions) -> {
            if (!known.contains(name)) {
                report(findings, policy, config.file(), ConfigRules.INVALID_VALUE, additions.line(), additions.column(),
                        "no series '" + name + "' under series (series: " + (known.isEmpty() ? "none"
                                : String.join(", ", known)) + ")" + Nearest.hint(name, known));
            }
        });
        findings.sort(Finding.ORDER);
        return findings;
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

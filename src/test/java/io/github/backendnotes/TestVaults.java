package io.github.backendnotes;

import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.engine.Engine;
import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.CodeStandards;
import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.parse.NoteParser;
import io.github.backendnotes.parse.RubricParser;
import io.github.backendnotes.rules.RuleCatalog;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;
import io.github.backendnotes.check.SeverityPolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Shared fixtures: files in a temporary vault, parsed notes and rubrics, rule runs. */
public final class TestVaults {

    private TestVaults() {
    }

    /** Writes {@code content} as UTF-8 to {@code root/relative}, creating folders. */
    public static Path write(Path root, String relative, String content) {
        return writeBytes(root, relative, content.getBytes(StandardCharsets.UTF_8));
    }

    public static Path writeBytes(Path root, String relative, byte[] content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates the symbolic link {@code link} (and its folders) pointing to {@code target}, as given (relative or
     * absolute); skips the test when the file system or the platform refuses symbolic links.
     */
    public static Path symlink(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            org.junit.jupiter.api.Assumptions.abort("symbolic links are not supported here: " + e);
            return null;
        }
    }

    /** Creates the named pipe {@code fifo} (opening it to read blocks until a writer comes); skips without mkfifo. */
    public static Path fifo(Path fifo) {
        try {
            Files.createDirectories(fifo.getParent());
            Process process = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            boolean done = process.waitFor(10, TimeUnit.SECONDS);
            org.junit.jupiter.api.Assumptions.assumeTrue(done && process.exitValue() == 0, "mkfifo failed");
            return fifo;
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo is not available: " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Takes every permission from {@code path} ({@code chmod 000}); skips the test when it can still be read, as
     * it can by root or on a file system without POSIX permissions.
     */
    public static Path removePermissions(Path path) {
        try {
            Files.setPosixFilePermissions(path, Set.of());
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("permissions cannot be removed here: " + e);
        }
        boolean readable;
        if (Files.isDirectory(path)) {
            try (var entries = Files.list(path)) {
                readable = entries.count() >= 0;
            } catch (IOException e) {
                readable = false;
            }
        } else {
            try (var in = Files.newInputStream(path)) {
                readable = in.read() >= -1;
            } catch (IOException e) {
                readable = false;
            }
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(readable, "permissions do not stop this user (root?)");
        return path;
    }

    /** The findings about {@code file}, in order. */
    public static List<Finding> about(List<Finding> findings, String file) {
        return findings.stream().filter(f -> f.file().equals(file)).toList();
    }

    /** Concatenates byte arrays, e.g. valid UTF-8 text around an invalid byte. */
    public static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] chunk = part instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) part;
            out.writeBytes(chunk);
        }
        return out.toByteArray();
    }

    public static Note note(String path, String text) {
        return new NoteParser().parse(path, text);
    }

    public static Rubric rubric(String file, String markdown) {
        return new RubricParser(RuleCatalog.clauseForms(), RuleCatalog.valueForms()).parse(file, note(file, markdown));
    }

    public static FieldRequirement field(String name, FieldType type, String description, ValueConstraint... constraints) {
        return new FieldRequirement(name, type, Arrays.asList(constraints), description,
                name + " | " + description, 1);
    }

    public static Rubric rubricOf(FieldRequirement... fields) {
        return new Rubric("s/quality_rubric.md", List.of(), List.of(), Arrays.asList(fields), List.of(),
                CodeStandards.NONE, List.of(), List.of());
    }

    /** A chapter of series "s" sitting directly in the series folder. */
    public static ChapterContext chapter(FieldRequirement... fields) {
        return new ChapterContext("s", rubricOf(fields), Set.of(), "");
    }

    /** A chapter of series "s", sitting directly in the series folder, checked against {@code rubric}. */
    public static ChapterContext chapter(Rubric rubric) {
        return new ChapterContext("s", rubric, Set.of(), "");
    }

    /** A chapter of series "s" whose rubric is parsed from {@code rubricMarkdown} (as {@code s/quality_rubric.md}). */
    public static ChapterContext chapterOf(String rubricMarkdown) {
        return chapter(rubric("s/quality_rubric.md", rubricMarkdown));
    }

    /** Runs one rule on the chapter {@code s/01_a.md} with this text. */
    public static List<Finding> runOn(NoteRule rule, String noteText, ChapterContext chapter) {
        return run(rule, note("s/01_a.md", noteText), chapter);
    }

    /** Runs one rule on one note with default severities. */
    public static List<Finding> run(NoteRule rule, Note note, ChapterContext chapter) {
        Findings sink = new Findings(note.path(), chapter == null ? null : chapter.seriesName(),
                SeverityPolicy.DEFAULTS);
        rule.check(note, NoteContext.of(chapter), sink);
        return sink.findings();
    }

    public static RunResult verify(Path root, String... excludes) throws IOException {
        return verify(request(root, excludes));
    }

    /** The request {@link #verify(Path, String...)} runs: default templates and dictionary, two workers. */
    public static RunRequest request(Path root, String... excludes) {
        return new RunRequest(root, List.of(excludes), 2);
    }

    public static RunResult verify(RunRequest request) throws IOException {
        return new Engine().run(request);
    }

    /** Runs {@code request} and keeps the findings whose rule id starts with {@code rulePrefix}. */
    public static List<Finding> verifyRules(RunRequest request, String rulePrefix) throws IOException {
        return verify(request).findings().stream().filter(f -> f.ruleId().startsWith(rulePrefix)).toList();
    }

    /** Parses {@code markdown} as the property dictionary {@code file}. */
    public static io.github.backendnotes.model.PropertyDictionary dictionary(String file, String markdown) {
        return new io.github.backendnotes.parse.DictionaryParser().parse(file, note(file, markdown));
    }

    /**
     * A small property dictionary: required {@code note_type} (knowledge, daily, briefing), {@code domain},
     * {@code status} (draft, active), {@code tags} holding both values; {@code source} when a daily or briefing;
     * snake_case names, dated briefing/daily names; top folders {@code inbox}, {@code knowledge}, {@code system}.
     * It carries front matter that satisfies itself, as a vault's dictionary note does.
     */
    public static final String DICTIONARY = """
            ---
            note_type: knowledge
            domain: vault
            status: active
            tags: [knowledge, vault]
            ---
            # Property Dictionary

            ## Required for all notes

            | property | type | allowed | notes |
            |---|---|---|---|
            | `note_type` | Text | `knowledge`, `daily`, `briefing` | |
            | `domain` | Text | any | |
            | `status` | Text | `draft`, `active` | |
            | `tags` | List | any | Must include `note_type` and `domain`. |

            ## Conditional required fields

            | property | required when | notes |
            |---|---|---|
            | `source` | `note_type` in (`daily`, `briefing`) | |

            ## Naming rules

            - Markdown filename: snake_case
            - Briefing/daily filename: `YYYY-MM-DD_topic_slug.md`
            - Folder layout:
              - `inbox`
              - `knowledge`
              - `system`
            """;

    /** Front matter satisfying {@link #DICTIONARY} for a knowledge note of {@code domain}, then {@code body}. */
    public static String knowledge(String domain, String body) {
        return "---\nnote_type: knowledge\ndomain: " + domain + "\nstatus: active\ntags: [knowledge, " + domain
                + "]\n---\n" + body;
    }

    /** Writes {@link #DICTIONARY} as {@code Property Dictionary.md} at the vault root. */
    public static Path writeDictionary(Path root) {
        return write(root, RunRequest.DEFAULT_DICTIONARY, DICTIONARY);
    }

    /** Runs the engine and keeps the findings whose rule id starts with {@code rulePrefix} ("links.", "index.minutes"). */
    public static List<Finding> verifyRules(Path root, String rulePrefix) throws IOException {
        return verify(root).findings().stream().filter(f -> f.ruleId().startsWith(rulePrefix)).toList();
    }

    /** {@code file:line:col severity [rule.id] message} per finding: everything a finding says, for exact assertions. */
    public static List<String> full(List<Finding> findings) {
        return findings.stream().map(Finding::toConsoleLine).toList();
    }

    /** Parses {@code markdown} as the series README {@code file}. */
    public static io.github.backendnotes.model.SeriesReadme readme(String file, String markdown) {
        return new io.github.backendnotes.parse.ReadmeParser().parse(file, note(file, markdown));
    }

    /** Parses {@code markdown} as the coverage matrix {@code file}. */
    public static io.github.backendnotes.model.CoverageMatrix matrix(String file, String markdown) {
        return new io.github.backendnotes.parse.MatrixParser().parse(file, note(file, markdown));
    }

    /** {@code line: message} per finding, for exact message assertions. */
    public static List<String> messages(List<Finding> findings) {
        return findings.stream().map(f -> f.line() + ": " + f.message()).toList();
    }

    /** {@code file:line:col rule.id} per finding, for compact exact assertions. */
    public static List<String> brief(List<Finding> findings) {
        return findings.stream().map(f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.ruleId()).toList();
    }
}

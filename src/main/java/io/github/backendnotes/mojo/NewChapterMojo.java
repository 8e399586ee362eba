package io.github.backendnotes.mojo;

import io.github.backendnotes.engine.Engine;
import io.github.backendnotes.engine.VaultModel;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.run.UnusableInput;
import io.github.backendnotes.scaffold.NewChapter;
import io.github.backendnotes.scaffold.NewChapterRequest;
import io.github.backendnotes.scaffold.ScaffoldException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a new chapter of a series from its rubric (the front matter filled, the kind's headings with the minimums
 * to meet) and registers it in the series README, the coverage matrix and the rubric's Scope; then checks the vault
 * and lists what the chapter still lacks: its content. Runs with or without a {@code pom.xml}.
 */
@Mojo(name = "new-chapter", requiresProject = false, threadSafe = true)
public class NewChapterMojo extends AbstractNotesMojo {

    /** The series, by its folder's name ({@code backend}) or its folder relative to the notes directory. */
    @Parameter(property = "series")
    private String series;

    /** The chapter's title ("Rate Limiting / 限流"); its part before " / " names the file. */
    @Parameter(property = "title")
    private String title;

    /** The file name after the chapter number; default: the title's first part in snake_case. */
    @Parameter(property = "slug")
    private String slug;

    /** The folder under the series the chapter goes to, and its category field's value when the rubric has one. */
    @Parameter(property = "category")
    private String category;

    /** The rubric's chapter kind, by name or first word; default: the rubric's first kind. */
    @Parameter(property = "kind")
    private String kind;

    /** The chapter number; default: the one after the series' highest. */
    @Parameter(property = "number")
    private String number;

    /** The README's reading-priority group, by label or tag; default: its last group. */
    @Parameter(property = "priority")
    private String priority;

    /** The README's batch, or the number after its last for a new batch; default: its last batch. */
    @Parameter(property = "batch")
    private Integer batch;

    /** The coverage matrix' capability area; default: the area of the rows of the chapter's folder. */
    @Parameter(property = "capability")
    private String capability;

    /** Front-matter values that win over the defaults, {@code name=value}, comma-separated; list items by ';'. */
    @Parameter(property = "fields")
    private List<String> fields;

    private String written;

    @Override
    RunResult run() throws MojoExecutionException, MojoFailureException {
        NewChapter.Outcome outcome = create();
        written = outcome.chapter();
        outcome.said().forEach(line -> getLog().info(line));
        getLog().info("Wrote " + outcome.chapter());
        outcome.changed().forEach(file -> getLog().info("Registered it in " + file));
        return super.run();
    }

    private NewChapter.Outcome create() throws MojoExecutionException, MojoFailureException {
        try {
            VaultModel model = new Engine().model(request());
            return NewChapter.create(model, new NewChapterRequest(series, title, slug, category, kind, number,
                    priority, batch, capability, overrides(), LocalDate.now()));
        } catch (ScaffoldException | UnusableInput e) {
            throw new MojoFailureException("backend-notes: " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new MojoFailureException("backend-notes: " + e.getFile() + " does not exist");
        } catch (IOException e) {
            throw new MojoExecutionException("backend-notes: cannot write the chapter: " + e.getMessage(), e);
        }
    }

    private Map<String, String> overrides() throws MojoFailureException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : fields == null ? List.<String>of() : fields) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw new MojoFailureException("backend-notes: fields takes name=value pairs, not '" + pair + "'");
            }
            values.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return values;
    }

    /** The findings about the new chapter: what its content must still meet. */
    @Override
    void handle(RunResult result) {
        List<Finding> left = result.findings().stream().filter(f -> f.concernsAny(Set.of(written))).toList();
        Map<String, Integer> byRule = new TreeMap<>();
        left.forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
        left.forEach(f -> getLog().info(f.toConsoleLine()));
        getLog().info(written + ": " + left.size() + (left.size() == 1 ? " finding" : " findings") + " left to"
                + " write" + (byRule.isEmpty() ? "" : " " + byRule));
    }
}

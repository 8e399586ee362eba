package io.github.backendnotes.config;

import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.parse.Clauses;

import io.github.backendnotes.model.Rule;
import io.github.backendnotes.links.LinkResolution;
import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.SnippetSettings;
import io.github.backendnotes.model.ValueConstraint;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.representer.Representer;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.github.backendnotes.config.YamlNodes.column;
import static io.github.backendnotes.config.YamlNodes.key;
import static io.github.backendnotes.config.YamlNodes.line;
import static io.github.backendnotes.config.YamlNodes.scalar;

/**
 * Reads and validates {@code .backend-notes.yml} before any note is read. Every unknown key, unknown rule id or
 * bad value becomes a problem naming it and its line; the valid rest still applies.
 */
public final class ConfigParser {

    /** Something wrong in the configuration file, reported under {@code rule}. */
    public record Problem(Rule rule, int line, int column, String message) {
    }

    public record Result(NotesConfig config, List<Problem> problems) {
    }

    private static final Set<String> TOP_KEYS = Set.of("rules", "excludes", "series", "links", "vocabulary", "snippets");
    private static final Set<String> SERIES_KEYS = Set.of("fields", "kinds");
    private static final Set<String> FIELD_KEYS = Set.of("name", "type", "allowed", "fixed", "description");
    private static final Set<String> KIND_KEYS = Set.of("name", "headings", "sections");

    private final Set<String> knownRules;
    private final List<ClauseForm> clauseForms;
    private final ConfigProblems problems = new ConfigProblems();

    /**
     * @param knownRules  every rule id and every category a {@code rules:} key may name
     * @param clauseForms the forms a kind's section minimums are read in, in the order they are tried
     */
    public ConfigParser(Set<String> knownRules, List<ClauseForm> clauseForms) {
        this.knownRules = Set.copyOf(knownRules);
        this.clauseForms = List.copyOf(clauseForms);
    }

    public Result parse(String file, String text) {
        problems.clear();
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(20);
            options.setNestingDepthLimit(32);
            options.setCodePointLimit(1_000_000);
            DumperOptions dumper = new DumperOptions();
            root = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options)
                    .compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            problems.add(new Problem(ConfigRules.SYNTAX, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                    "not valid YAML: " + e.getProblem()));
            return new Result(NotesConfig.EMPTY, problems.list());
        } catch (YAMLException e) {
            problems.add(new Problem(ConfigRules.SYNTAX, 1, 1, "not valid YAML: " + e.getMessage()));
            return new Result(NotesConfig.EMPTY, problems.list());
        }
        Map<String, Optional<Severity>> rules = new LinkedHashMap<>();
        List<String> excludes = new ArrayList<>();
        Map<String, NotesConfig.SeriesAdditions> series = new LinkedHashMap<>();
        LinkResolution[] links = {null};
        Map<String, List<String>> vocabulary = new LinkedHashMap<>();
        SnippetSettings[] snippets = {SnippetSettings.DEFAULTS};
        if (root != null) {
            for (NodeTuple entry : problems.mapping(root, "the configuration")) {
                String key = key(entry);
                Node value = entry.getValueNode();
                switch (key) {
                    case "rules" -> readRules(value, rules);
                    case "excludes" -> excludes.addAll(globs(value));
                    case "series" -> readSeries(value, series);
                    case "links" -> links[0] = readLinks(value);
                    case "vocabulary" -> problems.mapping(value, "vocabulary").forEach(term -> vocabulary.put(key(term),
                            strings(term.getValueNode(), "vocabulary '" + key(term) + "'")));
                    case "snippets" -> snippets[0] = new SnippetsSection(problems).read(value);
                    default -> problems.unknownKey(entry.getKeyNode(), key, TOP_KEYS);
                }
            }
        }
        return new Result(new NotesConfig(file, rules, excludes, series, links[0], vocabulary, snippets[0]), problems.list());
    }

    /** {@code links: {resolution: obsidian|github}}; null when it is not set or not one of those. */
    private LinkResolution readLinks(Node node) {
        LinkResolution resolution = null;
        for (NodeTuple entry : problems.mapping(node, "links")) {
            if (!key(entry).equals("resolution")) {
                problems.unknownKey(entry.getKeyNode(), key(entry), Set.of("resolution"));
                continue;
            }
            Optional<LinkResolution> named = scalar(entry.getValueNode()).flatMap(LinkResolution::named);
            if (named.isEmpty()) {
                problems.invalid(entry.getValueNode(), "links.resolution must be obsidian or github");
            }
            resolution = named.orElse(null);
        }
        return resolution;
    }

    private void readRules(Node node, Map<String, Optional<Severity>> rules) {
        for (NodeTuple entry : problems.mapping(node, "rules")) {
            String id = key(entry);
            if (!knownRules.contains(id)) {
                problems.add(new Problem(ConfigRules.UNKNOWN_RULE, line(entry.getKeyNode()), column(entry.getKeyNode()),
                        "unknown rule id or category '" + id + "' under rules" + Nearest.hint(id, knownRules)));
                continue;
            }
            String level = scalar(entry.getValueNode()).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
            switch (level) {
                case "error" -> rules.put(id, Optional.of(Severity.ERROR));
                case "warning" -> rules.put(id, Optional.of(Severity.WARNING));
                case "info" -> rules.put(id, Optional.of(Severity.INFO));
                case "off", "false" -> rules.put(id, Optional.empty());
                default -> problems.invalid(entry.getValueNode(), "rule '" + id + "' must be error, warning, info or off, not '"
                        + scalar(entry.getValueNode()).orElse("") + "'");
            }
        }
    }

    private void readSeries(Node node, Map<String, NotesConfig.SeriesAdditions> series) {
        for (NodeTuple entry : problems.mapping(node, "series")) {
            String name = key(entry);
            List<FieldRequirement> fields = new ArrayList<>();
            List<ChapterKind> kinds = new ArrayList<>();
            for (NodeTuple part : problems.mapping(entry.getValueNode(), "series '" + name + "'")) {
                switch (key(part)) {
                    case "fields" -> problems.sequence(part.getValueNode(), "fields").forEach(f -> field(f).ifPresent(fields::add));
                    case "kinds" -> problems.sequence(part.getValueNode(), "kinds").forEach(k -> kind(k).ifPresent(kinds::add));
                    default -> problems.unknownKey(part.getKeyNode(), key(part), SERIES_KEYS);
                }
            }
            series.put(name, new NotesConfig.SeriesAdditions(fields, kinds, line(entry.getKeyNode()),
                    column(entry.getKeyNode())));
        }
    }

    private Optional<FieldRequirement> field(Node node) {
        String name = null;
        FieldType type = null;
        String description = "";
        List<ValueConstraint> constraints = new ArrayList<>();
        for (NodeTuple part : problems.mapping(node, "a field")) {
            Node value = part.getValueNode();
            switch (key(part)) {
                case "name" -> name = scalar(value).orElse(null);
                case "type" -> {
                    Optional<FieldType> read = scalar(value).flatMap(FieldType::fromRubric);
                    if (read.isEmpty()) {
                        problems.invalid(value, "field type must be string, list, date, int or bool");
                    }
                    type = read.orElse(null);
                }
                case "allowed" -> constraints.add(new ValueConstraint.AllowedValues(strings(value, "allowed")));
                case "fixed" -> scalar(value).ifPresent(v -> constraints.add(new ValueConstraint.FixedValue(v)));
                case "description" -> description = scalar(value).orElse("");
                default -> problems.unknownKey(part.getKeyNode(), key(part), FIELD_KEYS);
            }
        }
        if (name == null || name.isBlank()) {
            problems.invalid(node, "a field needs a name");
            return Optional.empty();
        }
        String text = description.isEmpty() ? describe(constraints) : description;
        return Optional.of(new FieldRequirement(name, type, constraints, text, "config field " + name, line(node),
                "configuration"));
    }

    private Optional<ChapterKind> kind(Node node) {
        String name = "";
        List<ChapterKind.RequiredHeading> headings = new ArrayList<>();
        List<SectionRequirement> requirements = new ArrayList<>();
        for (NodeTuple part : problems.mapping(node, "a chapter kind")) {
            Node value = part.getValueNode();
            switch (key(part)) {
                case "name" -> name = scalar(value).orElse("");
                case "headings" -> {
                    for (Node heading : problems.sequence(value, "headings")) {
                        scalar(heading).ifPresent(h -> headings.add(new ChapterKind.RequiredHeading(h.trim(), line(heading))));
                    }
                }
                case "sections" -> {
                    for (NodeTuple section : problems.mapping(value, "sections")) {
                        String heading = key(section);
                        for (Node phrase : problems.sequence(section.getValueNode(), "section '" + heading + "'")) {
                            String text = scalar(phrase).orElse("");
                            Optional<SectionRequirement.Check> check = Clauses.read(clauseForms, text);
                            if (check.isPresent()) {
                                requirements.add(new SectionRequirement(heading, check.get(), text, line(phrase)));
                            } else {
                                problems.invalid(phrase, "cannot read the minimum '" + text + "' for section '" + heading
                                        + "' (forms: 至少 N 條, N-M 個, 1-2 句話, 編號列表, 至少 N 個面向的比較, …)");
                            }
                        }
                    }
                }
                default -> problems.unknownKey(part.getKeyNode(), key(part), KIND_KEYS);
            }
        }
        return Optional.of(new ChapterKind(name, headings, requirements, line(node)));
    }

    private static String describe(List<ValueConstraint> constraints) {
        for (ValueConstraint constraint : constraints) {
            if (constraint instanceof ValueConstraint.FixedValue fixed) {
                return "fixed to `" + fixed.value() + "`";
            }
            if (constraint instanceof ValueConstraint.AllowedValues allowed) {
                return "one of " + allowed.values();
            }
        }
        return "";
    }



    private List<String> strings(Node node, String what) {
        List<String> values = new ArrayList<>();
        for (Node item : problems.sequence(node, what)) {
            scalar(item).ifPresentOrElse(values::add, () -> problems.invalid(item, what + " must hold text values"));
        }
        return values;
    }

    /** The excludes that are globs; one that is not is reported and left out, so that the others still apply. */
    private List<String> globs(Node node) {
        List<String> globs = new ArrayList<>();
        for (Node item : problems.sequence(node, "excludes")) {
            Optional<String> glob = scalar(item);
            Optional<String> problem = glob.flatMap(RunRequest::globProblem);
            if (glob.isEmpty() || problem.isPresent()) {
                problems.invalid(item, glob.isEmpty() ? "excludes must hold text values"
                        : "exclude '" + glob.get() + "' is not a glob: " + problem.get());
            } else {
                globs.add(glob.get());
            }
        }
        return globs;
    }


}

package io.github.backendnotes.parse;

import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.ParseProblem;
import io.github.backendnotes.model.YamlValue;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a front-matter block into {@link FrontMatter} without constructing Java objects: SnakeYAML only
 * composes the node graph (safe loading, with alias, depth and size limits), and scalars keep their text
 * and resolved type. Anything unreadable becomes a {@link ParseProblem}, never an exception.
 */
public final class FrontMatterParser {


    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 32;
    static final int MAX_CODE_POINTS = 1_000_000;
    /** Bounds the values an alias graph can expand to while it is turned into a tree. */
    static final int MAX_VALUES = 10_000;

    /** The outcome: front matter (possibly null) and the problems met. */
    public record Result(FrontMatter frontMatter, List<ParseProblem> problems) {
    }

    /**
     * @param yaml      the text between the fences
     * @param startLine line of the opening fence; the YAML starts on the next line
     * @param endLine   line of the closing fence
     */
    public Result parse(String yaml, int startLine, int endLine) {
        List<ParseProblem> problems = new ArrayList<>();
        Node root;
        try {
            root = YAML.get().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? startLine : startLine + 1 + mark.getLine();
            int column = mark == null ? 1 : mark.getColumn() + 1;
            String problem = firstLine(e.getProblem());
            if (problem.startsWith("mapping values are not allowed")) {
                problem += " (a value containing ': ' must be quoted)";
            }
            problems.add(frontMatterProblem(line, column, "front matter is not valid YAML: " + problem));
            return new Result(null, problems);
        } catch (YAMLException | StackOverflowError e) {
            problems.add(frontMatterProblem(startLine, 1, "front matter is not valid YAML: " + firstLine(e.getMessage())));
            return new Result(null, problems);
        }
        if (root == null) {
            return new Result(FrontMatter.of(List.of(), startLine, endLine), problems);
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(frontMatterProblem(startLine, 1,
                    "front matter must be a mapping of 'key: value' lines, found a "
                            + (root instanceof SequenceNode ? "list" : "single value")));
            return new Result(null, problems);
        }
        Converter converter = new Converter(startLine + 1);
        try {
            List<FrontMatter.Field> fields = converter.entries(mapping, 0, problems, true);
            return new Result(FrontMatter.of(fields, startLine, endLine), problems);
        } catch (TooComplexException e) {
            problems.add(frontMatterProblem(startLine, 1, "front matter expands to more than " + MAX_VALUES
                    + " values (aliases?); it is not read"));
            return new Result(null, problems);
        }
    }

    /** Keys and values up to this length are shared: names, categories, tags, dates. */
    static final int MAX_SHARED_LENGTH = 24;
    /** How many texts a thread shares at most, whatever its notes hold. */
    static final int MAX_SHARED = 4096;
    /** Every note of a vault repeats the same keys and many of the same values. */
    private static final ThreadLocal<SharedTexts> SHARED = SharedTexts.perThread(MAX_SHARED_LENGTH, MAX_SHARED);

    static String shared(String text) {
        return SHARED.get().of(text);
    }

    /** A Yaml instance is not thread-safe, and building one per note is costly: one per worker thread. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(FrontMatterParser::newYaml);

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported as findings, with their line
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        DumperOptions dumperOptions = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options);
    }

    private static ParseProblem frontMatterProblem(int line, int column, String message) {
        return new ParseProblem(ParseRules.FRONT_MATTER_SYNTAX, line, column, message, true);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    private static final class TooComplexException extends RuntimeException {
        TooComplexException() {
            super(null, null, false, false);
        }
    }

    /** Turns the node graph into values, counting them so that alias graphs cannot explode. */
    private static final class Converter {
        private final int firstLine;
        private int values;

        Converter(int firstLine) {
            this.firstLine = firstLine;
        }

        List<FrontMatter.Field> entries(MappingNode mapping, int depth, List<ParseProblem> problems, boolean top) {
            List<FrontMatter.Field> fields = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                String key = keyNode instanceof ScalarNode scalar ? shared(scalar.getValue()) : "<complex key>";
                int line = line(keyNode);
                int column = column(keyNode);
                if (!seen.add(key)) {
                    if (top) {
                        problems.add(new ParseProblem(ParseRules.DUPLICATE_KEY, line, column,
                                "key '" + key + "' appears more than once; the first value is used", false));
                    }
                    continue;
                }
                fields.add(new FrontMatter.Field(key, line, column, value(tuple.getValueNode(), depth + 1, problems)));
            }
            return fields;
        }

        YamlValue value(Node node, int depth, List<ParseProblem> problems) {
            if (++values > MAX_VALUES || depth > MAX_DEPTH) {
                throw new TooComplexException();
            }
            if (node instanceof ScalarNode scalar) {
                boolean quoted = scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN;
                return new YamlValue.Scalar(shared(scalar.getValue()), kind(scalar.getTag()), quoted, line(node),
                        column(node));
            }
            if (node instanceof SequenceNode sequence) {
                List<YamlValue> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(value(item, depth + 1, problems));
                }
                return new YamlValue.Sequence(items, line(node), column(node));
            }
            MappingNode mapping = (MappingNode) node;
            return new YamlValue.Mapping(entries(mapping, depth, problems, false), line(node), column(node));
        }

        private static YamlValue.ScalarKind kind(Tag tag) {
            if (Tag.INT.equals(tag)) {
                return YamlValue.ScalarKind.INTEGER;
            }
            if (Tag.FLOAT.equals(tag)) {
                return YamlValue.ScalarKind.FLOAT;
            }
            if (Tag.BOOL.equals(tag)) {
                return YamlValue.ScalarKind.BOOLEAN;
            }
            if (Tag.NULL.equals(tag)) {
                return YamlValue.ScalarKind.NULL;
            }
            if (Tag.TIMESTAMP.equals(tag)) {
                return YamlValue.ScalarKind.TIMESTAMP;
            }
            return YamlValue.ScalarKind.STRING;
        }

        private int line(Node node) {
            return node.getStartMark() == null ? firstLine : firstLine + node.getStartMark().getLine();
        }

        private static int column(Node node) {
            return node.getStartMark() == null ? 1 : node.getStartMark().getColumn() + 1;
        }
    }
}

package io.github.backendnotes.config;

import io.github.backendnotes.model.SnippetSettings;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static io.github.backendnotes.config.YamlNodes.key;
import static io.github.backendnotes.config.YamlNodes.scalar;

/**
 * The {@code snippets:} section of the configuration: {@code run}, {@code timeoutSeconds}, {@code maxOutputBytes},
 * {@code allowDownloads} and {@code rust: {edition, dependencies}}. A bad value is a problem naming it, and the
 * default stands for it.
 */
final class SnippetsSection {

    private static final Set<String> KEYS = Set.of("run", "timeoutSeconds", "maxOutputBytes", "allowDownloads", "rust");
    private static final Set<String> RUST_KEYS = Set.of("edition", "dependencies");
    private static final Set<String> EDITIONS = Set.of("2015", "2018", "2021", "2024");
    private static final Pattern CRATE = Pattern.compile("[A-Za-z0-9_-]+");

    private final ConfigProblems problems;
    private boolean run;
    private int timeout = SnippetSettings.DEFAULT_TIMEOUT_SECONDS;
    private int maxOutput = SnippetSettings.DEFAULT_MAX_OUTPUT_BYTES;
    private boolean downloads;
    private String edition;
    private final List<SnippetSettings.Dependency> dependencies = new ArrayList<>();

    SnippetsSection(ConfigProblems problems) {
        this.problems = problems;
    }

    SnippetSettings read(Node node) {
        for (NodeTuple entry : problems.mapping(node, "snippets")) {
            Node value = entry.getValueNode();
            switch (key(entry)) {
                case "run" -> run = bool(value, "snippets.run", run);
                case "allowDownloads" -> downloads = bool(value, "snippets.allowDownloads", downloads);
                case "timeoutSeconds" -> timeout = positive(value, "snippets.timeoutSeconds", timeout, 3600);
                case "maxOutputBytes" -> maxOutput = positive(value, "snippets.maxOutputBytes", maxOutput, 64 * 1024 * 1024);
                case "rust" -> rust(value);
                default -> problems.unknownKey(entry.getKeyNode(), key(entry), KEYS);
            }
        }
        return new SnippetSettings(run, timeout, maxOutput, edition, dependencies, downloads);
    }

    private void rust(Node node) {
        for (NodeTuple entry : problems.mapping(node, "snippets.rust")) {
            Node value = entry.getValueNode();
            switch (key(entry)) {
                case "edition" -> {
                    Optional<String> text = scalar(value).filter(EDITIONS::contains);
                    text.ifPresentOrElse(e -> edition = e,
                            () -> problems.invalid(value, "snippets.rust.edition must be one of 2015, 2018, 2021, 2024"));
                }
                case "dependencies" -> problems.mapping(value, "snippets.rust.dependencies").forEach(this::dependency);
                default -> problems.unknownKey(entry.getKeyNode(), key(entry), RUST_KEYS);
            }
        }
    }

    /** {@code name: "1"} or {@code name: {path: vendor/name}}. */
    private void dependency(NodeTuple entry) {
        String name = key(entry);
        Node value = entry.getValueNode();
        if (!CRATE.matcher(name).matches()) {
            problems.invalid(entry.getKeyNode(), "snippets.rust.dependencies: '" + name + "' is not a crate name");
            return;
        }
        Optional<String> version = scalar(value).filter(v -> !v.isBlank() && !v.contains("\""));
        if (version.isPresent()) {
            dependencies.add(new SnippetSettings.Dependency(name, version.get(), null));
            return;
        }
        Optional<String> path = value instanceof MappingNode mapping ? mapping.getValue().stream()
                .filter(t -> key(t).equals("path")).findFirst().flatMap(t -> scalar(t.getValueNode()))
                .filter(p -> !p.isBlank() && !p.contains("\"")) : Optional.empty();
        path.ifPresentOrElse(p -> dependencies.add(new SnippetSettings.Dependency(name, null, p)),
                () -> problems.invalid(value, "snippets.rust.dependencies: '" + name
                        + "' must be a version (\"1\") or a mapping with a path ({path: vendor/" + name + "})"));
    }

    private boolean bool(Node node, String what, boolean otherwise) {
        Optional<String> text = scalar(node).filter(v -> v.equals("true") || v.equals("false"));
        if (text.isEmpty()) {
            problems.invalid(node, what + " must be true or false");
            return otherwise;
        }
        return Boolean.parseBoolean(text.get());
    }

    private int positive(Node node, String what, int otherwise, int most) {
        Optional<Integer> number = scalar(node).filter(v -> v.matches("\\d{1,9}")).map(Integer::parseInt)
                .filter(n -> n >= 1 && n <= most);
        if (number.isEmpty()) {
            problems.invalid(node, what + " must be a whole number from 1 to " + most);
            return otherwise;
        }
        return number.get();
    }



}

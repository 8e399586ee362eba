package io.github.backendnotes.config;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.github.backendnotes.config.YamlNodes.column;
import static io.github.backendnotes.config.YamlNodes.line;

/**
 * The problems found while one configuration file is read, and the readings of a node that report one when the node
 * is not what its key needs: the top level and each section ({@link SnippetsSection}) report through the same list.
 */
final class ConfigProblems {

    private final List<ConfigParser.Problem> found = new ArrayList<>();

    void add(ConfigParser.Problem problem) {
        found.add(problem);
    }

    List<ConfigParser.Problem> list() {
        return List.copyOf(found);
    }

    void clear() {
        found.clear();
    }

    void invalid(Node node, String message) {
        found.add(new ConfigParser.Problem(ConfigRules.INVALID_VALUE, line(node), column(node), message));
    }

    void unknownKey(Node node, String key, Set<String> known) {
        found.add(new ConfigParser.Problem(ConfigRules.UNKNOWN_KEY, line(node), column(node), "unknown key '" + key
                + "' (known: " + String.join(", ", known.stream().sorted().toList()) + ")" + Nearest.hint(key, known)));
    }

    /** The node's entries; none, with a problem, when it is not a mapping. */
    List<NodeTuple> mapping(Node node, String what) {
        if (node instanceof MappingNode mapping) {
            return mapping.getValue();
        }
        invalid(node, what + " must be a mapping");
        return List.of();
    }

    /** The node's items; none, with a problem, when it is not a list. */
    List<Node> sequence(Node node, String what) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        invalid(node, what + " must be a list");
        return List.of();
    }
}

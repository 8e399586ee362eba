package io.github.backendnotes.config;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.Optional;

/** What the configuration parser reads of a composed YAML node: its text and where it stands in the file. */
final class YamlNodes {

    private YamlNodes() {
    }

    static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    static String key(NodeTuple entry) {
        return scalar(entry.getKeyNode()).orElse("");
    }

    /** 1-based; 1 when the node has no position. */
    static int line(Node node) {
        return node == null || node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    /** 1-based; 1 when the node has no position. */
    static int column(Node node) {
        return node == null || node.getStartMark() == null ? 1 : node.getStartMark().getColumn() + 1;
    }
}

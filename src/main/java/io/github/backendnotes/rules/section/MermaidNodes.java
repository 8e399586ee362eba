package io.github.backendnotes.rules.section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nodes of Mermaid diagrams, as a participant list can name them: a class diagram's classes, a flowchart's
 * node ids and labels, a state diagram's states, a sequence diagram's participants. Each node is known by its id
 * and its label, both squeezed (lower case, letters and digits only: "Job Channel" is "jobchannel"). A class
 * diagram's inheritance ({@code A <|-- B}, {@code A <|.. B}) is kept too: a "Concrete X" participant is shown by the
 * classes that implement X.
 */
final class MermaidNodes {

    // the patterns led by ^ are tried with lookingAt: find would try them, in vain, at every position of the line
    private static final Pattern CLASS = Pattern.compile("^\\s*class\\s+`?([\\w.$]+)");
    /** A node with a label: {@code id[label]}, {@code id(label)}, {@code id{label}}, {@code id((label))}, {@code id>label]}. */
    private static final Pattern LABELLED = Pattern.compile("([A-Za-z_][\\w.]*)\\s*(?:\\[\\[|\\[\\(|\\(\\(|\\[|\\(|\\{\\{|\\{|>)\\s*\"?([^\\]\\)\\}\"]*)");
    private static final Pattern STATE_AS = Pattern.compile("^\\s*state\\s+\"([^\"]+)\"\\s+as\\s+(\\w+)");
    private static final Pattern PARTICIPANT = Pattern.compile("^\\s*(?:participant|actor)\\s+(\\w+)(?:\\s+as\\s+(.+))?");
    private static final Pattern MEMBER = Pattern.compile("^[+\\-#~]?\\s*([A-Za-z_][\\w]*)\\s*(?:[(:$\\s]|$)");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][\\w.]*");
    private static final Pattern ARROW = Pattern.compile("<\\|--|<\\|\\.\\.|--\\|>|\\.\\.\\|>|-->|<--|--o|o--|--\\*|\\*--|\\.\\.>|<\\.\\.|---|--|\\.\\."
            + "|->>|-->>|-\\)|--\\)|-x|--x|==>|-\\.->|->");
    // compiled once: a chapter's diagrams are read line by line for every section that asks for participants
    private static final Pattern COMMENT = Pattern.compile("%%.*$");
    private static final Pattern EDGE_TEXT = Pattern.compile("\\|[^|]*\\|");
    private static final Pattern COLON_BETWEEN = Pattern.compile(".*[^:]:[^:].*");
    private static final Pattern LONE_IDENTIFIER = Pattern.compile("^\\s*[A-Za-z_][\\w.]*\\s*$");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern EXTENDS = Pattern.compile("^\\s*`?([\\w.]+)`?\\s*(?:\"[^\"]*\"\\s*)?(<\\|--|<\\|\\.\\.|--\\|>|\\.\\.\\|>)\\s*(?:\"[^\"]*\"\\s*)?`?([\\w.]+)");
    /**
     * Words that stand alone on a line of a diagram and are no node ("end" of a subgraph, a header); a word a diagram
     * also uses for a name (State, Interface) is not among them.
     */
    private static final Set<String> KEYWORDS = Set.of("classdiagram", "flowchart", "graph", "statediagram",
            "statediagramv2", "sequencediagram", "erdiagram", "subgraph", "end", "direction", "autonumber", "else", "loop",
            "alt", "opt", "par", "rect", "activate", "deactivate", "td", "tb", "lr", "rl", "bt");

    /** Every node: its squeezed id, to its squeezed label ("" without one). */
    private final Map<String, String> nodes = new LinkedHashMap<>();
    /** Every node's squeezed id, to its id as written. */
    private final Map<String, String> written = new LinkedHashMap<>();
    /** Squeezed base class, to the squeezed classes that implement or extend it. */
    private final Map<String, Set<String>> implementations = new LinkedHashMap<>();
    /** Inside a class body ({@code class X { … }}): its members are no nodes. */
    private boolean inBody;
    /** The squeezed names of the classes' members ({@code +Hook()}): a participant may be a method the diagram shows. */
    private final Set<String> members = new LinkedHashSet<>();

    static MermaidNodes of(List<String> diagrams) {
        MermaidNodes read = new MermaidNodes();
        for (String diagram : diagrams) {
            for (String line : diagram.split("\n")) {
                read.line(line);
            }
        }
        return read;
    }

    private void line(String raw) {
        String uncommented = raw.contains("%%") ? COMMENT.matcher(raw).replaceAll("") : raw;
        String line = (uncommented.indexOf('|') >= 0 ? EDGE_TEXT.matcher(uncommented).replaceAll(" ") : uncommented)
                .trim();
        if (inBody) {
            inBody = !line.startsWith("}");
            member(line);
            return;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (line.isEmpty() || lower.startsWith("style ") || lower.startsWith("classdef ") || lower.startsWith("linkstyle ")
                || lower.startsWith("note ") || lower.startsWith("click ") || line.startsWith("<<") || line.startsWith("+")
                || line.startsWith("-") && !line.startsWith("--") || line.equals("}")) {
            return;
        }
        Matcher extension = EXTENDS.matcher(line);
        if (extension.lookingAt()) {
            boolean baseFirst = extension.group(2).startsWith("<");
            String base = squeeze(baseFirst ? extension.group(1) : extension.group(3));
            String derived = squeeze(baseFirst ? extension.group(3) : extension.group(1));
            implementations.computeIfAbsent(base, k -> new LinkedHashSet<>()).add(derived);
        }
        Matcher declared = CLASS.matcher(line);
        Matcher state = STATE_AS.matcher(line);
        Matcher participant = PARTICIPANT.matcher(line);
        if (declared.lookingAt()) {
            add(declared.group(1), "");
            inBody = line.endsWith("{");
        } else if (state.lookingAt()) {
            add(state.group(2), state.group(1));
        } else if (participant.lookingAt()) {
            add(participant.group(1), participant.group(2) == null ? "" : participant.group(2));
        } else {
            nodesOfEdges(line.contains(" : ")
                    || line.indexOf(':') >= 0 && COLON_BETWEEN.matcher(line).matches() && ARROW.matcher(line).find()
                    ? line.substring(0, line.indexOf(':')) : line);
        }
    }

    /** A member of a class body, {@code +Hook()} or {@code -name: string}, by its name. */
    private void member(String line) {
        Matcher name = MEMBER.matcher(line);
        if (name.lookingAt()) {
            members.add(squeeze(name.group(1)));
        }
    }

    /** Whether a class of the diagram has a member of this squeezed name. */
    boolean hasMember(String squeezedName) {
        return members.contains(squeezedName);
    }

    /** The nodes of a flowchart, state or relation line, before any edge text after a colon. */
    private void nodesOfEdges(String line) {
        Matcher labelled = LABELLED.matcher(line);
        List<int[]> taken = new ArrayList<>();
        while (labelled.find()) {
            add(labelled.group(1), labelled.group(2));
            taken.add(new int[] {labelled.start(), labelled.end()});
        }
        StringBuilder rest = new StringBuilder(line);
        for (int[] span : taken) {
            for (int i = span[0]; i < span[1]; i++) {
                rest.setCharAt(i, ' ');
            }
        }
        String[] parts = ARROW.split(rest.toString().replace("[*]", " "));
        if (parts.length < 2 && !LONE_IDENTIFIER.matcher(line).matches()) {
            return;
        }
        for (String part : parts) {
            Matcher id = IDENTIFIER.matcher(part.indexOf('"') >= 0 ? QUOTED.matcher(part).replaceAll(" ") : part);
            if (id.find()) {
                add(id.group(), "");
            }
        }
    }

    private void add(String id, String label) {
        String key = squeeze(id);
        if (key.isEmpty() || KEYWORDS.contains(key)) {
            return;
        }
        String squeezedLabel = squeeze(label);
        nodes.merge(key, squeezedLabel, (old, added) -> old.isEmpty() ? added : old);
        written.putIfAbsent(key, id);
    }

    /** The node a squeezed name is the id or the label of, or null. */
    String nodeNamed(String squeezedName) {
        for (Map.Entry<String, String> node : nodes.entrySet()) {
            if (node.getKey().equals(squeezedName) || node.getValue().equals(squeezedName)) {
                return node.getKey();
            }
        }
        return null;
    }

    Set<String> ids() {
        return nodes.keySet();
    }

    /** The ids as the diagram writes them, in order. */
    List<String> writtenIds() {
        return List.copyOf(written.values());
    }

    /** The classes that implement or extend {@code base}, directly or through another. */
    Set<String> implementationsOf(String base) {
        Set<String> all = new LinkedHashSet<>();
        List<String> next = new ArrayList<>(List.of(base));
        while (!next.isEmpty()) {
            for (String derived : implementations.getOrDefault(next.remove(0), Set.of())) {
                if (all.add(derived)) {
                    next.add(derived);
                }
            }
        }
        return all;
    }

    /** Lower case, letters and digits only. */
    static String squeeze(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
